// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.000156360144912) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 beb6f6f2ecc3720beac5b93e67ff3780db6695ec3b7d9e06fbb03c3a192b5bd0
