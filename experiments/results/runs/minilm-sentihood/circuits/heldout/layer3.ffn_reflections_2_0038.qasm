// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.268531287693701) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 482fb61eef8e526417044be2fde3100cf6d51b214ec6d4f5767375e3c8b40eb0
