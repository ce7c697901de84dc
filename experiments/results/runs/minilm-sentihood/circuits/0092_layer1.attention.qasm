// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.678615468907932) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12e418a73697b9a0f0c5a324ba90517e1b37c1bd4e2dea72d8a2de4c4dc33313
