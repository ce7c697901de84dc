// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.984210831144004) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c85faf3919d16e9ccaa6ba80a129c0f4a7f2e06f03a7f76573bb7a521d0a82f7
