// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8307088479173674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fbd42b73ca7a6181299f5c0e2c5e147d48afb010ea383c0e0c17be613dd3a119
