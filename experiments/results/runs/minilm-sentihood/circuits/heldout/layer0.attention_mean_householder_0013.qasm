// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7645139884931142) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 508b41586633ee84c3694354f180fc3110674b56f9c93be5a3657633e1961437
