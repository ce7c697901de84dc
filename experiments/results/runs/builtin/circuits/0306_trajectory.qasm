// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9272531763502132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1ffbbe2eaf70e30bc09215dc1045511fe16b04046fd535604fc8a20843e36a49
