// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8009161951937003) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 366897293e9b31309f43e47c24c2b19935add2e406641284916f291a4b5ce5db
