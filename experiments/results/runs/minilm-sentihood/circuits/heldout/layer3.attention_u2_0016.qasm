// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2029324103774579) q[0];
ry(1.5797418695492162) q[0];
rz(0.001840650894272322) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e1a2aa47c68022bce8c5b439a4feddfd5e8647dfc9b6308916543af826726cd8
