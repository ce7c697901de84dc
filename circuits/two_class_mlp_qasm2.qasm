// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 2.0;
include "qelib1.inc";
qreg q[1];
creg meas[1];
ry(-2.532207345558998) q[0];
rz(-3.141592653589793) q[0];
barrier q[0];
measure q[0] -> meas[0];
// qlens-q sha256 ff1d8deab3bed5936de0c2f92a2f3426023322b981d01d19e54fc5e24505b185
