// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.985580214339283) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 81eb88d4b2145fbe70b8f7c73526e62f80d075bd271a7892457652d7b7d7d0dd
