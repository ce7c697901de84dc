// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.90663399112953) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f3f2e7175bd5fa425bea7bdce11767962c80ce06b31be8ec01e550902f2a8cb4
