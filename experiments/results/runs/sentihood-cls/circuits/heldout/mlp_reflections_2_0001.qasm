// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.645006070763657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f39d94a1513aee68f3132bb9455b50dc106193c106b85cc6553fda600c18204f
