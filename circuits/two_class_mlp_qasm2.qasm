// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 2.0;
include "qelib1.inc";
qreg q[1];
creg meas[1];
ry(-2.532207345558998) q[0];
rz(-pi) q[0];
barrier q[0];
measure q[0] -> meas[0];
// qlens-q sha256 70f4e011b13065f05c6eca7ce1119c1c2da7910f96c5b19017c46fc7ed881cb5
