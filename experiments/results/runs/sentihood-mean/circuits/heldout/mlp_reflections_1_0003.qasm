// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6828748076598798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d844d9324837f40f8743faee58f77438fa927693625ddbf0cc0df97cb3fd5a6f
