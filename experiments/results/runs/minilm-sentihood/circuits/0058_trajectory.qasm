// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9782781779926217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31f76f4c1f20fa932e47c47a75a0b28138030682bcde98654f7d4e28deb0e1be
