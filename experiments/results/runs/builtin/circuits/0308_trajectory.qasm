// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0075966571424435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c389a193f7754b97b036a319a390079675c5d2c07c8fea68e43f762e0a16229
