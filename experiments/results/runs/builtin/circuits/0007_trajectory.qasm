// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.48412973151052) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b80a247778709422802a1b68197bdeaa5b4088096c83cc99901155ce71a0ea1e
