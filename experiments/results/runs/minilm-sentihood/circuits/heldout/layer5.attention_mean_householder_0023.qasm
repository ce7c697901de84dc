// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.99889555054348) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb348d9caccc5b510d31cf4b839d1b6021b5b289337c45061a869d912d0cb833
