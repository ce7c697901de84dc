// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.031744405290289) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a9093615e954b2665d3fb7407933b5e1384be6d2ebf51d9e41423bfb03f44852
