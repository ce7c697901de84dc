// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7424814373063315) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b8e709249ec8c5b2c7a03818ec13782dce4c251e1bb7eefe0c87aac755b04815
