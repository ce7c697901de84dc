// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.160215049157166) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bbdd43b65a2c8cd1309334ac636a23110e80d1c8f49a89b3940f75497040fdb2
