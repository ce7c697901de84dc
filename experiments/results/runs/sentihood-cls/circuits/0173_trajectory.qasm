// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7545964737345257) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e3ddf2c18900c28db154752167095ed61df2d860ffa96ec7eba48116eb196d4
