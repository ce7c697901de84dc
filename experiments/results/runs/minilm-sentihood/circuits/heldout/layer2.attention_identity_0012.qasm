// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.216753611181971) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0b36a1dd4d85ea84bd89e4f479e819ad937b0de4586e0be116f583a8a47c389d
