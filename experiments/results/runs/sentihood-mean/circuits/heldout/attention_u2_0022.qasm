// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0265622049955727) q[0];
ry(1.5131327386501503) q[0];
rz(-0.0949411609604578) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d8272c3e9d0f3a917eedafab51825d7589c01d94096993e66e1687236477e61
