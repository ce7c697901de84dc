OPENQASM 2.0;
include "qelib1.inc";
qreg q[1];
creg meas[1];
ry(-2.532207345558998) q[0];
rz(-pi) q[0];
barrier q[0];
measure q[0] -> meas[0];