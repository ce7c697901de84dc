// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-3.009757542835936) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba4bf6a79e7b48acf2b250239fea2c1f8bc67d8e7d5156ed3d25a59bc0e8e1a6
