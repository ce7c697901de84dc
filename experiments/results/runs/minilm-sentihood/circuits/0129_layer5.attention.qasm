// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9532056868229113) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 771e6a72cee0f79b02450fe7837ce2c9c97da3fa2825fc7f8fb5384ee1ec7ba6
