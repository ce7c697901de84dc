// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.19775424313701587) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 930fef9307d7fbaf1007a4aa55b957b3d531a3de84e913fb1c7a6197e155507e
