// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3012237725310694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8a8e27ca05a7383db2912143e1210f09da8a52c173dadeb63ab8890f42fbc82
