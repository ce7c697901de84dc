// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.45570284452930065) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44e5103feef9419393fa521ec483a91e18e007e23572cc516e412b669b3459c5
