// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1884471251473547) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a3d34a5a9eacdbf05a96e7b37c25ba14e1a0f24a1d5f7d6d0b2759c27411758
