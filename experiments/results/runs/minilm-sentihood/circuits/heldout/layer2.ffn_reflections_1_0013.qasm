// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3189458460129093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c29c46a00b49004c7f6732f4c942d017dd67e3cd62f62bdc2be82c068224b97d
