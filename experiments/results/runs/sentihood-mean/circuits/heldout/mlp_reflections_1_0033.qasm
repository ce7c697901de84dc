// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7159143784840896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e33679e06f3cdea432707e7e5429837a61fed6a255e9d537b8454c345a1ce4fa
