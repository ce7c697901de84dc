// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3844996213784557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a4749ccd0c15fafd336bf3a7eb8621ff3c9a5e85621333ae3cbbbef432fd33c
