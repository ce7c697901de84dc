// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.8608238072665002) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f86661b3891e33f78e33d4741a34ff5a0c9e36848d9e7f05e04f4c734a2893e5
