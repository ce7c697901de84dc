// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.751273125874334) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fcacabede265be4026f7a951e4ee9d844e632c554e6432e04c563002bd40e07
