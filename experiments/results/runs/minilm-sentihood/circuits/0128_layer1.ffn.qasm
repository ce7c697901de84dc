// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5272658890745061) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 64cfcb41aa3eda3a30b220a57162bfcfd7506ca42a587a8c2fe0b6e1b333ccfe
