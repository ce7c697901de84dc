// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.291104244907584) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 954972607e851850a4d9751cf98935cf853eeb65926f97d9bf4b2b309afd6924
