// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4354514328731052) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44df3644fe3a0a0a95d0f087ce1a457f732da5e47e56fa34912ecc29d73bee4a
