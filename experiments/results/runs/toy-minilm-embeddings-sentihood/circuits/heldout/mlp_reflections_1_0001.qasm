// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.0350935393952523) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 411318a95dc269ac9cfb6cb140e570c96923d1125d0da5f706f5fbce75666b6d
