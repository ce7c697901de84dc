// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2187983442156356) q[0];
ry(1.5728295103145613) q[0];
rz(0.00045209430828707653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 847bbdca96099ba77ad6bc798857cb90b8c9e946532921e2bb8e8a9f8f9b080a
