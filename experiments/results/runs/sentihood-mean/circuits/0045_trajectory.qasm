// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5325983883341823) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc2907a1e161b5f35ff15bf59bdf23685dea5620a21d067ad1fa4b9d500c03b6
