// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0498450491161515) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11441b8bad2491e329c6042946ff4bdaefcfe0a1dc6447ac144c089c11e75909
