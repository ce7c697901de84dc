// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.648485127246855) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77be566e351541f75630fba6a46f59a10682e5c349ea44e0b44182b315540d3e
