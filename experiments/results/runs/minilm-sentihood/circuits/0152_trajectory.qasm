// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6260904852956484) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 24b7ba5abed76e986a97031176ea8f5d2a7b976de72df8741023207d8afcd753
