// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1664187490062163) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23d7dc6c1c72763cd385286389c4f42e192af6abbbbf951900b654425d858260
