// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9061721903716029) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 935f8c58699e0ebe3984ffb741fd1a03601a5655dab11ea9cfcedef8d6fe4642
