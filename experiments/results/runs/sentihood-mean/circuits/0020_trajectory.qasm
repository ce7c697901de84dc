// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4037573779614698) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56c76e28298805ce03237ab07422301c1eda20486805802875c383583b9446bc
