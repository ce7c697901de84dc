// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1704399222677158) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9061aff9b6c3c223f041bd0f040db6bdd0fabb018b7699a260ca089074b8b3eb
