// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2110429523163306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5410d7b6c46053b955849266b771af8ce9ab67c77a4d3e72bc06f643f92c12ad
