// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.0243016461493983) q[0];
ry(1.5513268772243183) q[0];
rz(-0.031993776301582066) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 763e69f07157c9171a4354e216406e7834e2d6a8f76f5841325e86baed0c5ee7
