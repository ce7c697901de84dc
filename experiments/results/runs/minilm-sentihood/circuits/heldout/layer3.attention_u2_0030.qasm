// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21474461365449748) q[0];
ry(1.9017404584319313) q[0];
rz(0.07075274883680693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b086dd9c6f6d3d0e097a18be1239504c90ebab9a888a651815f520c2789375b7
