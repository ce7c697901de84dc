// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8834883260770351) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd4dd21c074d95df128b201e5a575738f423333540016e40db9edbd856f5797e
