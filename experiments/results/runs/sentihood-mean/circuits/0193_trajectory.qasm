// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.561417225275359) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 70ee5ad3a7a97999aa1d4f092de0aaa6ca9358e9a58ef5bcfd48a2ab4629ee02
