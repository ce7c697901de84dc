// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.841683459877631) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1e10898d76c94900e28206675d168c67379e0421ba8acea1bbf6c4c62b2d7d87
