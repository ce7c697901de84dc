// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4863605628615844) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cd853e39daddb533b18c3164042731e4a1aae946a208196b63ac850aba5e4602
