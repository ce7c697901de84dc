// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5352374197572525) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b43787ba341ecf1dc5a0d508264448f37018cef1cfbcf46996da2707fe8f3c89
