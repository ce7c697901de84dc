// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.593998180044161) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c1266f16c52794a90552e27c6f2ca3a49fc0fbd3d5b3de7c8193103280dcc550
