// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4490630001994793) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 16c595b4172e45b097238009567a8b7db63b8c3cbc851e1584266c4cf04fc3f5
