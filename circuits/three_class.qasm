// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[2] meas;
qubit[2] q;
ry(3.5489674001421907) q[0];
ry(0.9272952180016122) q[1];
cx q[1], q[0];
ry(3.5489674001421907) q[0];
cx q[1], q[0];
x q[0];
rz(-pi/2) q[0];
ry(-1.5351197576188527) q[1];
x q[1];
cx q[0], q[1];
rz(pi/2) q[1];
cx q[0], q[1];
x q[0];
ry(-2.889909364315782) q[0];
rz(pi/2) q[1];
ry(-1.6064728959709407) q[1];
cx q[1], q[0];
ry(-2.889909364315782) q[0];
cx q[1], q[0];
barrier q[0], q[1];
meas[0] = measure q[0];
meas[1] = measure q[1];
// qlens-q sha256 25ec3ecd239f8d08955b2e0872f41c8761cf59ecbd8edd273cdee417941b4b76
