// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4081496709949632) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd283b8eac5b2658af8ed6f88c35d76cbf634e4e95e588be5de6a2794bb99c4a
