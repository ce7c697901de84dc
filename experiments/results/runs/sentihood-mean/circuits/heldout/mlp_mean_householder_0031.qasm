// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.76357045979441) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c3268b3ad4c6ce5413a2750828269125c1aad04ad71bad60a19bb324a20af19
