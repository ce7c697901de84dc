// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3520403292103658) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f2594e2d59bdbe5c51cfdb4aafc4c68800ff9318b6e610945561e1640592133
