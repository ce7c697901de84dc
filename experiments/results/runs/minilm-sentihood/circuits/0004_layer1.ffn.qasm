// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.161773789873975) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9747a1c5fffe9ebf01db05ce1c8c0e0c71438e55c9fcbbb2f5d7dd75420a1aa0
