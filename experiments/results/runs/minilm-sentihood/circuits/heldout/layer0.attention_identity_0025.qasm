// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2046568463364538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 121829101d3874b3eb1ebf3924cc46a3247651e9bd5d9671bb2630a41b343bae
