// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2486235521359228) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d7670cb6d8ee60c65a57ce7467f4d3a8b1f213686db1e8c2bc625dc3666e5d83
