// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9948749662565994) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 810da65a880da2aeb21280041cf1c5cab6c96b954e2f9d56ad5c59e30aa2a9bd
