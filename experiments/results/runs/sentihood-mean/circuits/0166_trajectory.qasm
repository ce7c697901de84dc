// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7645127770704447) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b2d47b631855e44e98b0c708862807f15765c9e4b6774e6dd2512e475ef7788
