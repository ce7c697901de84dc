// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0542757228073576) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cde74f9fd7b29d5fc27ce31802b7afea16063950a2037b0901a48e47572983b0
