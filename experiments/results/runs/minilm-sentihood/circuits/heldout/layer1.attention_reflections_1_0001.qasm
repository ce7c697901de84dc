// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6318867064910707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae9647334d6320993d19b985977425d5bbe70080037ba8ccc3fdba640b397057
