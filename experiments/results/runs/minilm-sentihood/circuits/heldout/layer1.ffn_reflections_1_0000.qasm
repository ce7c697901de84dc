// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5351284616246048) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2a8ffb185080549bddd2ab8256dd2e71ec5d94bfcef2fc5a1075f0ed706e37f
