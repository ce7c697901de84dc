// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.049390883427233) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebcde7e0f6ae813e9c610c7d9662c52b0da6bbd3d7e2aa8af8baaa1b73c94ea2
