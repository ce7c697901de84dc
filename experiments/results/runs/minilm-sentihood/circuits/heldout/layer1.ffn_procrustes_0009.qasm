// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0368824842703863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b736caf8c8809881daa681f0c79e9feff8d2adfdccb9724b56af54f81fa437a8
