// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0643332731441166) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 920b051e0ef3b9fdf9f020e10f8ecd3097bbd0a021bb138ea1f0ddb185b0b7ec
