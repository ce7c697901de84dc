// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.7440253439812285) q[0];
ry(3.012322988147012) q[0];
rz(0.7398518225097956) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2276ed1cb51bc253a4a7c3102e8f1b5fd9bf54d7d2eaeaea6baf4c40434e96cc
