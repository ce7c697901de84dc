// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.30769473392705243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95ad14c18fd86a9d57b876340b86df224b574577032311c3fdf4e9756f675948
