// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.20692379114814247) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d4ebfd338e91e8a9388873a30b8c207ff22c76e22f5fa0b3f41827970464aa1
