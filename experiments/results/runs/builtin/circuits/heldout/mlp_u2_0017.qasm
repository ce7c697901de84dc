// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.042988782398933445) q[0];
ry(1.4450697763669056) q[0];
rz(-0.0053938742124231) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eed28fbfe46fa4c82557b3fea1f419237773708538b0932ff9f12fa183b1502e
