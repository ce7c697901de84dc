// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8708959612107188) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9df2160184232d98bf3a3f3b119a27357812630e7cbb10b236bc874ac522c951
