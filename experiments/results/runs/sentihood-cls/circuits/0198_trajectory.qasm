// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21348266177464378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cea67023a4d9ebfeafec5b32ef1b3dd22bc3a262667337b9db168dcec23817e7
