// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3641652185631337) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75437b787d3988d985fc09b1162117a0bfc7e84e14c7ed4de84d2a2a0720ac03
