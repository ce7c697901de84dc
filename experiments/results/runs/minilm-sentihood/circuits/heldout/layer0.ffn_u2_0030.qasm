// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.15224703957625962) q[0];
ry(1.8194068823399663) q[0];
rz(0.03773575080211877) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6b34cd1b56f40b3dd5793b70219df2cbaafea1d8ee4555337f3ac6b0a8797828
