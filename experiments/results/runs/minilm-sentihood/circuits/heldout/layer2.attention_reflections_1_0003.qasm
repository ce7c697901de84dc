// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5323090162340045) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 70939a8d54af6eb40502558a65d400b4c95473ac7b1d11a046ed40ec77b7d234
