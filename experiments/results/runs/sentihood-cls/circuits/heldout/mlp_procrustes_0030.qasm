// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7929488725350664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a1d12c9149cbf91dff9789fc67b8d522fe09369612725f97b7c3f372d5182d3
