// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6936404584748959) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc343216e1bc96b5dcf3ddf0d23dff0b26cbb60f509da55b0a7fe0ead80305f6
