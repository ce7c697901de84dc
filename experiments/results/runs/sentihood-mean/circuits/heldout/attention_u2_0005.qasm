// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0249472147774181) q[0];
ry(1.5338061628403643) q[0];
rz(-0.060809382209266793) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e99c45b0c8a2a40706be2b8b166c0ef4b1593f043b8be25b912edffc653c418
