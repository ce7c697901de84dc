// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.7239572638879284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63a124d95dddaaa7e19c5f7cdcc5295792dc4abb25f31e7fb1d09666e3c52bda
