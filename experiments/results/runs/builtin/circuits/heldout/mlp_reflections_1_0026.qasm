// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1412743547831394) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 168d619c4cc536536a867d0d99a043971d000fd678843241b57e50d88936d47a
