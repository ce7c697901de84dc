// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.976273084640207) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8eed8899ee74c3cd0ea2fece2c7db17ae83558cb75f223b8e9648964953f6853
