// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.21474452772225128) q[0];
ry(1.9017404099466608) q[0];
rz(0.07075270978102477) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb0d1f0acc1106a44994cab41f5ab7522b67c7a98c42589694f953df65f5555b
