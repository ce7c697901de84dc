// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.25142841965629537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8dd68b10fba23fd93a01a210684d2a45bd241c87a9af584a0f204c1d54688ef4
