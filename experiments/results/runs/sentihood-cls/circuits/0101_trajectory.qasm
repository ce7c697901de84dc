// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.904402114441783) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bc9eb5c1d1d9947e63e1b7cda0377c8d908c19dcb1db4ef8095a3304571442e3
