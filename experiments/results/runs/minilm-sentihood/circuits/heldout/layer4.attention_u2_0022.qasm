// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.24628194264563952) q[0];
ry(0.9591784685652013) q[0];
rz(-0.14335343946729395) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b6c49e287a1c804bcdef663a2fa832fd0527e3c2f5d1b41e060434f0bb4a8478
