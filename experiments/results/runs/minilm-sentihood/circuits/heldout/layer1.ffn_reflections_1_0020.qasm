// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.373392632500323) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fa036a1463e5891778dd14a120e32a5d92b82d0617b4a3795f3d0827a8717fa2
