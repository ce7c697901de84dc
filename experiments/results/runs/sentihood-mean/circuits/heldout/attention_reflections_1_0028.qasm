// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5105081488000667) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0afa37384f70578aec9db25725ef1a907e6bd83878157dd1b583ffd65ae5b977
