// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.20169388994192605) q[0];
ry(1.6559211774508793) q[0];
rz(0.017383065764097427) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 82b0e3cc4571c7ec22b27599523f82cf6afd78e5e86f4fcaf322dae2e9497006
