// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.1292112576855489) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d076598b7a809b1f2be0c4763d6cf87a82d4ebfc4ffb2a80dec7ec762e4d416
