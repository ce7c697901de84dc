// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10588881053677968) q[0];
ry(2.0729947272181297) q[0];
rz(0.051116755677166115) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d482bcda0aec8be8648180cc4eee608003b381ddec8f5ccd58a25d80bf84dbe
