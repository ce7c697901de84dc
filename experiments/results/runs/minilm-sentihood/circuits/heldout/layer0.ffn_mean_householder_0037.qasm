// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8718909911101853) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e982977ba1051380c0f798f60a7badd7372617e1c576bee6ca0ec9b191c0b81
