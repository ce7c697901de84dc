// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2689172328545304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c2fe6d6d25406a5d7ca2612e8579aa12acdf2b1a4ea5dad259aae94d320a04e3
