// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2422316886606226) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dca6c6be6dc48e59d0fb1307cd2580cf00dafe38f77b55d99584d2b6add04693
