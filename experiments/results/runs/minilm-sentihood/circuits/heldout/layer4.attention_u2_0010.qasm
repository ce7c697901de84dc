// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22244979729232517) q[0];
ry(1.1307722322142453) q[0];
rz(-0.09605301976750358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b062266b07a94bd8c0aacb3afeee8bf5fcde1cdce9bbe6baf2001d6083e707c
