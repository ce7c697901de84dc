// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9221435980936618) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9dc82aa4f56a1facd6fabd94460abb7dc2a3380ba35450439c9a0348132fa53
