// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.753942011986614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ea5ba51900f1c852271bb227fe9dabc004f3474353d45bf7d1870e4c62ee9ad
