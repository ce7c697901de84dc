// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.012324732868086) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 883e0ef2fee6140baf5c1d5e6da377d3ce2bac0b34ecaf96a9e46b66555d6958
