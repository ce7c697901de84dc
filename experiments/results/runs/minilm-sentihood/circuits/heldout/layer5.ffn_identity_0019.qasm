// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7391249677908014) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97ab3a8eb1aa05b0d7b0d1d650aae12685cb7f39d80fc53e2fffd95c0391a683
