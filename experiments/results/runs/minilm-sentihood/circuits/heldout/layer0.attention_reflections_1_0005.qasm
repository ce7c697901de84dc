// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3843585131976828) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e92ae9e3ca5189c2368d4dd31212402f1a594e4621c777bc51337bd6460fb180
