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
rz(-1.5707963267948966) q[0];
ry(-1.5351197576188527) q[1];
x q[1];
cx q[0], q[1];
rz(1.5707963267948966) q[1];
cx q[0], q[1];
x q[0];
ry(-2.889909364315782) q[0];
rz(1.5707963267948966) q[1];
ry(-1.6064728959709407) q[1];
cx q[1], q[0];
ry(-2.889909364315782) q[0];
cx q[1], q[0];
barrier q[0], q[1];
meas[0] = measure q[0];
meas[1] = measure q[1];
// qlens-q sha256 079d91de868f6f32e9f64112da32f5b62c819782025129ff7d9b845cbb2e38fc
