// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.668734096102397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dec7501ad2e2d30a4a8c2d2bafc21659cedbf5e6bd3eaccdd1da9fa62d703ff4
