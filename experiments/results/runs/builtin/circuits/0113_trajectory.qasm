// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0425757968885465) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2f5271b92a65a9ceec15635c87d2d5de6ec69282b427b865b0def79f91da865
