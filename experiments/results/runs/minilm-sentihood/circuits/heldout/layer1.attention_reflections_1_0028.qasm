// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6459736139951259) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20cdfd18e301588d8bc28659c1e3fbb9b31153f2fc50fde66df616b2a0155989
