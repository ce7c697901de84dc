// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.89178686993599) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba1e264f84cbc02f5affe0022995959b6f6991cccda2f383ed2ec70645f45fa9
