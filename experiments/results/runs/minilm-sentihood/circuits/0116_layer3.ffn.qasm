// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.7846168785507485) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6c3cd5a019ad17ab112c5e8e4e8deb38c9cc49b6b7be0affd0f8c9405cc10096
