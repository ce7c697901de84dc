// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4642412700588614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b315e36124b459817d3275b4ed05cf9f705164135f47bc955ba901627fae6bbe
