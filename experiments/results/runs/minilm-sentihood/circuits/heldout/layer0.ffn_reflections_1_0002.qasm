// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1195618042479123) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7630f18199c409662c5b8a213b2b44db613788424be98801b6cf6641ceb77b42
