// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.403965097086278) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8cfa3a3d7c4ed757fed87a7a7c45f70072134df70bcc95bf7c6f3c7fee63eda3
