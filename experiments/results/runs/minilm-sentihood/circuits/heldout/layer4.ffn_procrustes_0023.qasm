// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.508525286785013) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a221149f79bd6be7d294ba2e3653bb1378497f12cb19a6436e3e6d90abaeb2e
