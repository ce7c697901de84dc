// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3412459790075073) q[0];
ry(1.05361564152287) q[0];
rz(-0.1738201170420477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ad4671252837f6b1acc3d6d5617212942e29f04eaebfca63d691472d8a50df6f
