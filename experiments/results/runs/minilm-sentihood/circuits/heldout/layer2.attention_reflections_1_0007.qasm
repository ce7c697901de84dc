// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4149331885869412) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f86ec1b3b9503493db2e6c6ae662cfc5ad4fd8943ed8476ae1bc473dcf9f4651
