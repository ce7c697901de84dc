// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.445008033964554) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 891901451fe281669ca7a35ae7ba2f23a322f62693e53255669e2241c474e3d8
