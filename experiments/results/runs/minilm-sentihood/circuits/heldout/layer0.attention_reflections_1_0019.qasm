// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8416836203701763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1a089e0e266be6110bf02bae26b83dd835119407426c87c8bc1e198a3f9006e
