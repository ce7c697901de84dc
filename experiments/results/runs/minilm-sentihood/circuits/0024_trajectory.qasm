// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8915339784518836) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 35f66aee3bb3a768c67b2d2fcfc08336d7dd16aa923c7c3062f90fe73c714d31
