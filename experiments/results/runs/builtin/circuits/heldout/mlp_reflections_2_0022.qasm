// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.887309123254763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 684021244c4829ee082af778ac698aeab2ba74472731df709b6ce7113e0333fd
