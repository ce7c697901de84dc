// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.45873898515863) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59b303897f4aae34120e40d53903ec03db55af40c1c6d563a21b9b1ec7efcc4d
