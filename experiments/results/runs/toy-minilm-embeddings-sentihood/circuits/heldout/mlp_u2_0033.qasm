// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10410359885205267) q[0];
ry(0.9975625544933054) q[0];
rz(-0.05660508717061896) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9e2a0938b0bdd31e1a71f543ca2e2f76dee36290fb97d192172b077f025bfd17
