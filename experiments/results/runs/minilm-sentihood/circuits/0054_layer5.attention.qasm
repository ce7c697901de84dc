// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.131799928812485) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db6410dcebaa7c75fc9f3ec87647aef011b9c391fb2bc9723d6c00d0887b3e0e
