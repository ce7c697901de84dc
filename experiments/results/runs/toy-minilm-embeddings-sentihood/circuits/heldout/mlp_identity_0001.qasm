// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.012935654258083) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ca082518c4c3b92d14f1a2348e719a3966627cedbefd9aaab4938d65b587801
