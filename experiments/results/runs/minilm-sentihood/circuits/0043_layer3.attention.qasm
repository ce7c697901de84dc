// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.387567696258732) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd9c4cc2b8aed8296df9455ce4bcb267bb144ee9bd2c5e745a5c3690dfdaa1aa
