// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.892605095021308) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b32405b23e4209b991a352c5d3bd32e3d92ef33784b1fb04ba2fb93797c5ab48
