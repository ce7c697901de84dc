// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6936500315383576) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61469e508494db781a987ce921703c8c9e9e4252e51a76553a00e155056edb0b
