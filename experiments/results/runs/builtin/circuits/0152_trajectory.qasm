// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8463515694895896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb52d7315cd58e50fa344351a064d847327eee8e267bf281935cb077e4153a96
