// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3172660318043319) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1d3923372610aba4b14de038b5019ae50ddd595dd1aae2b65f098624395a270
