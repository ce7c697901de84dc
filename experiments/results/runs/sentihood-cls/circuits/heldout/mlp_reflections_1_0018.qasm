// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.790263354408604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dac79f7f96e7b9e11fb8bd9402c6a0e6882f82812f9063b45ddf99edc857ae83
