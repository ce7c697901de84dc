// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5196840265433678) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e0489fad13d3c67e4c8e3c5b20933220c0bb1e61acefd6796f56a3ff77fb4bdd
