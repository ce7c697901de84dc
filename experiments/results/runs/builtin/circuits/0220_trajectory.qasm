// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.886408801393963) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9e45d369152232479f63366889553a284e65c143b9a3fc8283b3433218ee523
