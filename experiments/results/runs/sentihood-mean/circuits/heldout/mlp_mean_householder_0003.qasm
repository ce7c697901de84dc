// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.951846045560956) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 178ebe4f3287f28a1c51df8570e635d813065241e733642b9e6e8edb8e52b1b8
