// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.260432625606113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b420200911c3713b378311ae0e5476f3f718c5cdc37358a3323c4c856042b8d0
