// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1996359566428434) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 63b5a5abf25caeae675e952a2571eace5d7e09d69e4a5dad55ae9549db6d87c1
