// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.459165097815876) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23d72de5966013a1ead81f4c3c8182ae36adff3e7894f9a8ddca75d88a1b9b5a
