// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4558348448293015) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cfb83a07a108f5e51e6beda33db61ed1238c76df6341b65d0bfd38854be97c31
