// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8306955218569012) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 acce8068e78f7eccb55fecf3b587247246acebf26d72695b966aa7ee138bfd37
