// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.166471144456278) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5fe805b412147414df6e4c1ed251fae6d726330eeebea6a7038684e2be3fe4fe
