// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25458554255414834) q[0];
ry(1.0389418319841466) q[0];
rz(-0.13121395289086202) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 faa29bf3fc56f2a1441b4e76de7f4c3d17163dc36ceac761275443498f7d2250
