// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1633556012857296) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 38666b002e204ba4881fe2c4b85771454b91a5ae03e9f15bf572913cb4ed04c4
