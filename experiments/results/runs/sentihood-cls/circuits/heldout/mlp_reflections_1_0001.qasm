// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.645006074722972) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 002ced5d842af7a8ffe0ed606496278a34777cab2ae489e16a7e3f295fd6ebb4
