// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3532741634232992) q[0];
ry(1.1844897691214038) q[0];
rz(-0.1380476752964772) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b668a7237fa867b076c0a6fd6cfa09b74b9196ba8d1e2eeffbcaf14102094e2
