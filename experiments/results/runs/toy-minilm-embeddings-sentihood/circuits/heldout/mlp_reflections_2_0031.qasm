// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6489314916667709) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c31abdda54aa6fd4a8b37f4cc72d8a72896a1702240a6b6b426c99ac653a2093
