// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7151780951199074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 28c2a6fc227df81db0b83cb197ada6770af86167b2a4fa29e3799c9a4858aaa2
