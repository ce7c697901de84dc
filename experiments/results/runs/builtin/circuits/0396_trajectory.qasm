// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.654596479053535) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f2d72f2be836e577093ac99f4b2d2d1e67eff0ed0b410e47568bcefb890f0bc
