// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.607474901980124) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9c7800cfc0f76e77159267b1d4e0d1b2f5b0531aaa0f1006c63aa8476e3fb312
