// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9641120086606072) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 45b8ed5a021211431c25a5b09f7a5d6c9de63089cefb22147fb360b38e1ca996
