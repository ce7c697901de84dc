// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.2110429157294877) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c9ac16fe6436fbca30f2118e55015d6a1b6f8097f71e5352cafeabf229eca4b3
