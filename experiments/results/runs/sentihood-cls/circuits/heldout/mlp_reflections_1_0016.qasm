// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6484877253356043) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ece959848db8e0981b17049fb403cd56dbc613489fa8f3785819b890ab17a70
