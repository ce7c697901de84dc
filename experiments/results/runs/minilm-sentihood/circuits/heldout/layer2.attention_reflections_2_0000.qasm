// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2277525812149541) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 be82cca613234bbffd9969f8f7ff7dfe52afe7733f861dc99e9768e40203757d
