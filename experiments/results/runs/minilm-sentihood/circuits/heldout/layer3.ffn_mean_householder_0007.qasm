// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.0566648668891596) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a3db5d04f5201d7b5b01dd9646f3463db5394925daa8fb8ca5b61ed9f5ee8b5
