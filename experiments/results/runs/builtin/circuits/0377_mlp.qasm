// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.827065174452677) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b2902d7275fa15e2fd3dcf6a8cb37e13283a8c0b3f6d533e8f7759d8c30e1c26
