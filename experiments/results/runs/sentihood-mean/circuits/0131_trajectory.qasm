// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5101415700008443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 890dbea75bbef41741c82458ec4f7c21d86c0eec903f76f58ecae379d3fbde17
