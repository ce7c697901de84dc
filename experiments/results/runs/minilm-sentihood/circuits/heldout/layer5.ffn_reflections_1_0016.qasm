// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.71120072731018) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 955c22f972bb45b8376884113bb45ec1593827d87bd92e3ae500866cf107bae0
