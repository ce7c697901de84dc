// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7960807791203106) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 43deba5cf2cf20dad9fe705bc30447f9c93e7ee7428011d19e175d2768f68a4c
