// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2609364547141648) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0220b0c754c8f16ac0f50a2ab277dca9dfe80b9b8d9b36f8a07fb2f7dec2b9e4
