// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.7710230886833407) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dd77d60fd9a1c1e2b9fd488f628b76aa9c1d3dd26826a5d43e29b2b85efc1ea6
