// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.957756499297491) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 46f0d728ae2c104893f616ae164ae30783a9d96506cd0f19af8ff2c4532c92f1
