// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.373305548183087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8553de80a5f7ab1c5074fc8b0f1ee00eec960d90e8c5bba8da5ff528e7c4c1f2
