// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.814421289697496) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f82bd007445c7611c5389f984ce0f4c8ee64d4da2705ab5c5feb732d8b1e82ba
