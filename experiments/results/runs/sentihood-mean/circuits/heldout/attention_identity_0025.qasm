// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.493062000570926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1dcc0aa8c06f4faf95f146c4f70827b386e9ca391c150b8d753f25ccb760a7a6
