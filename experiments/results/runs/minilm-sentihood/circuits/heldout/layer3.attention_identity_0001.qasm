// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.493625538345117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd27cc5c3186de7c0b17c14922240447f11967f76e84e02da493ba0a4a975413
