// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.020885748342076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3d952588bc25262eb136b3e3ee1131e7a5dca81f0249912d1a647f50d8f45c9
