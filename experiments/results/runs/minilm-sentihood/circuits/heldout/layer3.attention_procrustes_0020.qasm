// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.438222403107378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb36552ee5560ae2336e2d625a5d16b204ca99eb54a82e68dde0dbd25ad82fa3
