// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1258322874058213) q[0];
ry(1.2036382326773516) q[0];
rz(-0.04537805715514498) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 678a57c86c9b75091a8aac800dd5f7d2bf39964d7422cc9f7fcb036a5a30e70d
