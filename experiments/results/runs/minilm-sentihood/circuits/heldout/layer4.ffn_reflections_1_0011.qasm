// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.625179379098734) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5563307bfe58b9d3b7675e63ceb397c0677329210e54af542c2a41b227034b7d
