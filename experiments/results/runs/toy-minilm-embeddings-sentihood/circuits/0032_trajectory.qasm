// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7517636075552354) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 248e8279f9feb2120c6f53709d127adba98f2e6b621c3578c81e35d706bcca5e
