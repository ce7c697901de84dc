// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4903535428775005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0f14e3e6dc1b812f2634d42822f8ecc1c83ce6dd47b23d1a8a797091ba4599a
