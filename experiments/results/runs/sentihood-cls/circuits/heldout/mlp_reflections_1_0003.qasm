// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3641652225224483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2fffe152fd08eb82c6d1872fdaf5b9b2e6fe0d860a524e0bd813146a55f17a50
