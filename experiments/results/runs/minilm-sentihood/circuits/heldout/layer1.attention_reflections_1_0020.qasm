// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.208307554571855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cb64ed56d084b329e72f1962b2e55ab97e7314da9ec4047f009db71329baacb
