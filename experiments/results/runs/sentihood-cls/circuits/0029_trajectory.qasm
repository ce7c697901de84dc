// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.774370172834784) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6cecab8f0b3d66bc91127b39fa64b6f69e148836c7827bb52c1be0da66957c0d
