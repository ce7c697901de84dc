// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1191694246584865) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24be148b2a656357c6fa3de3ff7fc5644c17ea25d20ace1f4c5665cfea9d0b2b
