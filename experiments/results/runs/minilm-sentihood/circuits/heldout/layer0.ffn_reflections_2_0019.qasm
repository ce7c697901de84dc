// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8682403074419411) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 206e0afbb82b5318681fd3b7e6a6c296689ef9fc21f14ee456af01a4633a2162
