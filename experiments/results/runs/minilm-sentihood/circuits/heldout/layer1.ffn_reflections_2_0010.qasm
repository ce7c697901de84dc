// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.159936938987416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cac3bfb00ae3b573e2d9f1b88aa766199d0eec1d28aa0e74489bca1de4e47295
