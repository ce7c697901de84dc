// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7424814373063319) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47d824b0d9edc3943c1a30635802f69a46f3076866a9598b44c63612c24ff3c3
