// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6639345679653734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e62806424c43c0714bc2e46d5da05523c80e9c31a4f0a8a69fea064240ed7c08
