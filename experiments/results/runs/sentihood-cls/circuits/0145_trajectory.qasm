// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1201886318863399) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7d9eaef6b70586e32d2a538b1266325404eca866b61b4635f95c7d23ffef3edc
