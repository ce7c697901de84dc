// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.291104244907585) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af110d00377cd0a1e8372b2c81ffa037fc9e0f67d5ba30b0e43f0af1f66a7861
