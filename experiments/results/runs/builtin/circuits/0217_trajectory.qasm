// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1962843216591477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61413bc2b9db23f73ed8706f454c8d9b63aac5fd20841ef97a63a9073b4d79d6
