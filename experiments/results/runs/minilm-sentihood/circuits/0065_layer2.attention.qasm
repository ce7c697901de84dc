// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.6141618191830545) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c8118a770d660ed8c9f6e2485423dbcba8cbba4bbadd98e3b5f3c42d8a0a23c
