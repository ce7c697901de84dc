// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.06381288462404067) q[0];
ry(2.4092684600581022) q[0];
rz(0.04748149516355493) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bddbf38cbc578b1aa1dc9bb009d23772415e59d58cc2c63a913c1d8ff3bcee0b
