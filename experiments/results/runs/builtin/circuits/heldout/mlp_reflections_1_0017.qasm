// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4450078588399182) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 399522f61ef497dfc2b8db8add5bab26e5f536bf51fb4d4e7c96320c2b8bc508
