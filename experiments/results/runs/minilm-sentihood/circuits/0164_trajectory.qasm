// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5487333207713707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1eca2a4d8d3c6279ee04223c92b2eb016e08fe505c2ca2fc3c5c8615830fce00
