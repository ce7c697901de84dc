// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7589983517166794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 619f7de01ba4fae757b5c0ccb09ea139c5d99629590452966a65bf74b0831dbc
