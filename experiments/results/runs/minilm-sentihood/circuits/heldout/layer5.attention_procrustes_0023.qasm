// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5292112884531783) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5d49c5d96dadab0ea23f6e6459e2cfb056ab597f929135df1a5ab6fe2a2f9968
