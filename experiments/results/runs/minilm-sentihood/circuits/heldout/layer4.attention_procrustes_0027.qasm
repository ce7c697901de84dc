// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0213737250429815) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3571fc26dd2467d5bf09fe0d16fb9d832daac72a615bed4601b4dd2a9885793e
