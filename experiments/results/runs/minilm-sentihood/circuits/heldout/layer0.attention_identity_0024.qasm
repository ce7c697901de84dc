// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7127317397312078) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a397ce83fb71701be62c7786f0a8e01dc07f7159dc8fe71df45bb618e6d1810
