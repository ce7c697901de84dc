// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.332311834659476) q[0];
ry(2.040922980265564) q[0];
rz(0.15507927408414313) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc15c8bd28c5c7487e7fc4e83a7cf84f9fa862b959cc917cd85b1553e5a47a4d
