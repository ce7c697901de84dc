// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.093182456750534) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e5cd7bd7e9ba3ea31cf925a40e3e1feb6aef3d55cf70bdffb09d7d8177f75ea
