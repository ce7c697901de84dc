// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8147747178328704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a040615f8a0244740726733f76d3888dc5e6bb3b22c31243e7e14964fa8769ec
