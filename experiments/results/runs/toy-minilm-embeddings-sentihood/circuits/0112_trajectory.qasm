// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5439958723051443) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4e1a0b81bd5380a42ebd91c1689cc4b3ad33d8662f3b71d788a9284760dbdf98
