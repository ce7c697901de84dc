// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5947447591508368) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dcf8df16163e5489eb3879c6d208d7f98e9e7e6d8ef45c704c48aa117fc89d7d
