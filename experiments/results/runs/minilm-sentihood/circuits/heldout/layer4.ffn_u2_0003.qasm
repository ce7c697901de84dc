// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21960890687814683) q[0];
ry(1.48552030139803) q[0];
rz(-0.0190090087533763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 947a41a50081fc096c19ac602dbb35c85b2638c5b72681483c4f2930173b0945
