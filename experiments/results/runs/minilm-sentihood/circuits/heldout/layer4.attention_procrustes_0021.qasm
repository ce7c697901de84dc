// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.49036312663438913) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c0ed7287bd129de3b450a5b2f6e03ac4239d033fb901418d1ceb174f0308526d
