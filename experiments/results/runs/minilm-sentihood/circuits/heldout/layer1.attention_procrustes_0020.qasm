// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2083647200757266) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e59daa09cd387aa3fad14a486c4eaef49ca506ff4115f0277d965f5ce79bbca9
