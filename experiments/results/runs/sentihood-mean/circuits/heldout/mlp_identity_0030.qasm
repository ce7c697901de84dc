// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9849988764694606) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c0ae40cbf3277eec6dc4913362f657428a381c5841396d0ec60c36471407df4e
