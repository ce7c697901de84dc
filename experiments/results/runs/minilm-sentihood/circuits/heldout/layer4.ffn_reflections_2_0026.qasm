// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1014590597090805) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a11bfafa9b1c429f62ec1acb188092462fcd9e6d1fd3f45026a88629559b0428
