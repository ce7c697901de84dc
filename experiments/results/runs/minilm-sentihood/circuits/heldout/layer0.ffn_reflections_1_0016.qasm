// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3891266202660273) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 76f6ef4f158f56811d522d3a57e08a813599f02f94e47e4a768f9b830e10956c
