// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3786117296297404) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3d4a9023dd478c36c354df2f19f033e2be9250d4b89db169d3647b27bf5675e2
