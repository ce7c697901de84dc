// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2264742819212813) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcdc572f57ef8d30b9f4f488ef5dc42b66a987a6abf1fb5dc09ce2394659a9d8
