// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4459699444363148) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb48e1737cf624cbdd63fc4a54f864dcc1d21424a0a44cc62ebf0967c02c80ea
