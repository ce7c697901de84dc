// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.19842405434497087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9f0363f7868c34930c0412dc225db0b4d43ea8b2bc95552834d1caec44ee063
