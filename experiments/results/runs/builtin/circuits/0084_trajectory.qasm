// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0848930059163664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f7775260683ad251b2f432f8878d0dd94a97306a5455d4ba36db970b901d0c8
