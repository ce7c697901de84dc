// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3290912824176884) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b60cf8d8395848c7e7ebfb6da694de76fcedaa12036954fa54cfcce37285b10
