// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9504521924920557) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a41faaa4a14ebae6d2f3af9412a89a448b7b6577c6f40394fa50cc77a6d010a
