// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10375634242777565) q[0];
ry(2.138843674756209) q[0];
rz(0.05596225079196371) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 83ba96dd6aec4f020cba05bb70de2b9bf6e0684cf71327f270fd3b9477d6207b
