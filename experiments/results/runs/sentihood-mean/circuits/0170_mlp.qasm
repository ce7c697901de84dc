// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.620212287246173) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ef0959bd3d5db138fbf6ebf3ec6f5756a6ba6fb2807670dbe9f72fbbb41bcdc
