// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4800182239026516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3fd731985735fddb1b1ac562a0008d0f597778292dec36657ec035e02bcda0ad
