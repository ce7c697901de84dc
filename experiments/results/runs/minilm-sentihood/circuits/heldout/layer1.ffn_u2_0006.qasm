// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3421946789123238) q[0];
ry(1.2698666178279772) q[0];
rz(-0.1051932890852747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d50f5589efead8ee134d50205c4fbfdbf0afbbae6910317c6b2fa91d798d0515
