// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.04933464346590499) q[0];
ry(1.0443174001816795) q[0];
rz(-0.02480531701439448) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6ba6effa1517596925d9c7edad5783d4ca5f33f98e242393d66a98a5a2e8c2f
