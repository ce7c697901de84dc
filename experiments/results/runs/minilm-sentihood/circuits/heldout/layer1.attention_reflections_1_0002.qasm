// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1566064064106416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ea68427ffe4a1b53bccb0da1288d2cb66f975731d0e63bf28f3680c24eaa1f9
