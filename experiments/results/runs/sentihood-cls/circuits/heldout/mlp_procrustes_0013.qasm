// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.46242360625619267) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 56a671823df0a5422763edcc82ee5d5647e21d2c028e6cdb54ac53e459f29c91
