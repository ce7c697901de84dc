// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3787898573103528) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8f8b1b19ecf0a5f7a2060e1767bd303d237153ed1308077806d06a7542f99c1
