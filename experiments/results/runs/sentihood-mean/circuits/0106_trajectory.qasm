// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.597028108584016) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31539558ad3366f2864edf0f122250170d326076da714c4b7a25e44a1ab70d94
