// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.29907476629729013) q[0];
ry(1.7315317537867634) q[0];
rz(0.04930527756038927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0af81a41ca9c6fb80dfdb1224b5f8c707f0dfc8eb538326265ec05ce063c7840
