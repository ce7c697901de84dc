// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20854163682940596) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 da68283b5d8161c05a78150fac58b4cbf4f5c86b0a84e65b2720dcaf60e11b56
