// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5026907177739144) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c300962a4d08265b02933e37799f3746640ec0ba157b7fa64381273fe5d53261
