// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8499682391183343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7f755805b986325acbf518b2166422cebd4da4ba99e15787b376006a20b68fe5
