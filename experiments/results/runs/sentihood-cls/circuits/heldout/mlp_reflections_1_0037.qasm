// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6651214877273386) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6ef9cdbb4bd8a1fb8c0d3a1d99cecfcdefb38bdd541f2526c4d8b8d0d54871cc
