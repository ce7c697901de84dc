// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.6548507152577945) q[0];
ry(0.19353459963277525) q[0];
rz(-0.645769730563817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e10d4139faf57a8cbaa5fa757bb49ba530df9b7be78e9474cf553f23ad8b4ae7
