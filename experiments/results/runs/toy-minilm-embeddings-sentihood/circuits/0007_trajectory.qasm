// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6355975932266277) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e36120195e6c8a65df0af8199a4bfda4027c29e6d6cd2eb6d86b4c760dbc7dd
