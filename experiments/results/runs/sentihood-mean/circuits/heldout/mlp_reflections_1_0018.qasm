// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.423107437429289) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d56e380e31b927420b38cea4f4932e437a01828e3543b6fdc20a2b72e8ece063
