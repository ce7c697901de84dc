// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0986263686175737) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b25cbf7557093721bf6fa03baf0618c50ee2f735e337aa32e483dea5bb579903
