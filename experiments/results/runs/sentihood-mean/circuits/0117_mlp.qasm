// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.768138529397713) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9949ce2a1e56db3c68ccd971973aa0cf1d204fa60c496fde0c0f6b1ab1a9a8e0
