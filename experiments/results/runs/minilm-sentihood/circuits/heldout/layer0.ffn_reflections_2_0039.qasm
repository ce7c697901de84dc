// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6463564168902485) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43392f2e192271506c75d348ba1793ff14767f8de456478300cb53d972bcb74b
