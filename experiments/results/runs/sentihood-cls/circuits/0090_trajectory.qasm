// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.16878897492237718) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 560e21630a3a5b9d77ee967ea74164b0ea09788f48fc1e4a4e76cc51d455c038
