// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2659559021351339) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1c1ab1de530a205d4bb8b242a6d3fdfb5ade248874e060a98d95471bfdeeed7a
