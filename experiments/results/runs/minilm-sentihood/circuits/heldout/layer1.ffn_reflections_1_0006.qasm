// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2507406613241934) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3856d49b0029ea61bc2a9d324d30b9053112bf47337dfe7600dce1905246ab97
