// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4074745629168133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ce42d7496cf59faffa0441814b6a893cdc34c6f2dc7a92e51e4cfa444fb85074
