// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3969198667505023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbdfabea9cafb553ebe18a5cf0beddb55a4cd72aafbd78aa06cf8d75045d28d9
