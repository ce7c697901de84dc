// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.44390759503151456) q[0];
ry(0.683508624538993) q[0];
rz(-0.353265339066656) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c0218e1123fd244bbd78694e1f0632defa89ac281497c83973881ec7288debc
