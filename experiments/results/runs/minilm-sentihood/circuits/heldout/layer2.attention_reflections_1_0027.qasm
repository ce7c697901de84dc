// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0914622961464555) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 42ee8274a9fdc19cc610393cae4364dc0fec22680d63271dc5a198558c51e15a
