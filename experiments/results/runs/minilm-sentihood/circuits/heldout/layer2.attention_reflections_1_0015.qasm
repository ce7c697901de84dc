// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6525426236614735) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b49ffc5e939054b1d695733f40445486e2d914c0011d818befd74bb6edf692a
