// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.3667046750587137) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6dc2ad1d9024d633d4dbe2688d98920e48cfe62880ef570110a1bed128013f1
