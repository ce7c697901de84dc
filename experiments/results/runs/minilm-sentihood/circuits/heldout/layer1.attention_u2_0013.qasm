// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.30645168840958625) q[0];
ry(1.3026076636313813) q[0];
rz(-0.08365085682337936) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2dd869edf003d64529f81445346f7385e03078e8763b7f915113e36c1b4d7d1b
