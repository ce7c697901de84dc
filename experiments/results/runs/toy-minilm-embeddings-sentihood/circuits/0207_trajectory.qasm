// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9924466193846062) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9bfb03b07cd42f15fb5d00908b0b490e4ea533debc29119871c422e1d9ea9901
