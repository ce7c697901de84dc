// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8297140736122977) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c439e748542bf381ad018a79a08eb98c1a12fb396520acd7a615810fe703f966
