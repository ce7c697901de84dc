// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0289964323920824) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec6f5f87480f2a504850d13726536ba3beecb2a5f73fbfbaccf8be428b770c8a
