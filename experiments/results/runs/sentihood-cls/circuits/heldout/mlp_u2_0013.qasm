// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2601026810683864) q[0];
ry(0.47289258492986525) q[0];
rz(-0.23263521568733347) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61181648088e77f11ef67a0dac3ddf697bf7844f3d896727dfb15f0b29b92065
