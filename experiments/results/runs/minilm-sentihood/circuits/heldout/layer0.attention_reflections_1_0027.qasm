// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0498450499199292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8b3e463f16ee3d56a30a1be530f150cba4770af580685e4e577fd193add9c99
