// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5114139342493171) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5eeebac96dff8b53f438296e4cd572d46aa2aedb93a8e8ea3cdde917b47f6af7
