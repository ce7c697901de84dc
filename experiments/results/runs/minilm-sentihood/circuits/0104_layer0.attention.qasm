// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7612090710230202) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78b913a6e64d3c07ae47bbef452b05f4e0ff9d1ca6e6be40e3de64dfe4a7cfeb
