// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5229990868316072) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6b6a9f3b7f2308a01ad4f64953d7e29c798ad9b1effe9fc8a072de8aaac5dd1
