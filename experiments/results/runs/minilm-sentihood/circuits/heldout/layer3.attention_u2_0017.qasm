// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2197125645250102) q[0];
ry(1.1802085713465016) q[0];
rz(-0.08482016308446028) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fac80fb320a9af90a1dc2c9888c6d3253472b99a65fafa2da066a9c2d4a98147
