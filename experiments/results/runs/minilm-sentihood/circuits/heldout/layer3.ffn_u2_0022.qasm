// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2941065963149172) q[0];
ry(0.9403188555769173) q[0];
rz(-0.17670092087039047) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b3d64b95615122605e9b01155fa5cf4c9ea1a4beb88be1f06da6fe8441b83ef3
