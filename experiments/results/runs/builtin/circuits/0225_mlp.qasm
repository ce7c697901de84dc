// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.656171252208246) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c3b6c279b74cee34ea5d14aea1d4fa6dbc734b0cd96de7c2da73a43f6d0ff7d
