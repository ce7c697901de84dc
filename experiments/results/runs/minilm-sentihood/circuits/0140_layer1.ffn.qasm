// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5060596755900937) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33be6147d112f44add71b5172b050c5a7fdeb37a81b7d1e5b4605b60f01f6cc3
