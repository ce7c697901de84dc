// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.068670522229769) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfb4e9a38d392d3390107b3c65f10fb4b55bf19b9a3a9668b397622b0021804d
