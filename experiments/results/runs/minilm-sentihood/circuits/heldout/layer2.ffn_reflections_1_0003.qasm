// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.651591489408414) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 da4683189227a714399b76258b68b196ddd07623a4bea2af9e9c528495dd75fd
