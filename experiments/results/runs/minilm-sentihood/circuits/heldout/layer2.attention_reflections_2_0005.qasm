// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2704073090082044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c09ddc7a40b2d31480e3fc3fe1877f35220cc12f28f817fc6e574d5dc309932
