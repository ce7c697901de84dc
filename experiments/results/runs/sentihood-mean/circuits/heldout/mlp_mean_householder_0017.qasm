// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6885984427274915) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8b3ae88de1b1ef2f8c09e2412fd4517cabbde4b7d69f6dabcb753cf3ee0f8cfe
