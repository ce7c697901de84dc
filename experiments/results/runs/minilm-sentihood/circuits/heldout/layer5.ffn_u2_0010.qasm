// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2328209236805341) q[0];
ry(1.4612044673641038) q[0];
rz(-0.025928722771857426) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 72a3920750effe4d253712e9ee038c523121cecec7c90b3ffc62b610c7f105a5
