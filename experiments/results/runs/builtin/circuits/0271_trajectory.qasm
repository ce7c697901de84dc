// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8559028027615494) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2c0f9fba79558d08bf959ae58bd7108d6c38d9d9fe935adcbf994e43caee9ee2
