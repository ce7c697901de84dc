// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1345624119084552) q[0];
ry(1.0615835155504496) q[0];
rz(-0.06590108971191455) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c0da6d2ac4d7aaf0d6c6a3d6e9736050b0f8200274b1442b463474890e791d04
