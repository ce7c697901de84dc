// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6101695003120103) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a55a927396d12ca0b924a9fd947f2aa7c3f3382861be6813346cb592f8e085e
