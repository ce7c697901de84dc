// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.892605847206931) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 428fcdfd9ea1c15ef831820c0775d9ba41e43414b71f22f5002cee0e4f7af347
