// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5947447592311113) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6a3766601bb71de2cac13939ec6e5c56248fcea2b47523ba9beb75f5a6553990
