// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.244680111924131) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 75a112bae8e85d72cda5990c6cbf6ce08159b0ef6757f565ffc03cfdad37ccf1
