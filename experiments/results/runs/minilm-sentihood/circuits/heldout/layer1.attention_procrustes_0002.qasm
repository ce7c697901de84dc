// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.156663571914514) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1831696d3023e0ba7585e72361b40ad13cea104821655248d093198710e86b8d
