// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.535038469546954) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa795ccc3604f2602dbd40f6da3d20d93aab2e931dd359e55c207975a6090666
