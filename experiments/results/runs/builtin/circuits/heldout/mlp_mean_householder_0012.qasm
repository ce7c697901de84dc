// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.32796380004690817) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a90ada1d7e8fcffac17746d0072d6fafc2ddd65a332e07c2d4e0b99b3ec058c
