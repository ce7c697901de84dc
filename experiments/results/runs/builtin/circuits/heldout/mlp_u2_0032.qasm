// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.07325684090260598) q[0];
ry(0.6218409281250253) q[0];
rz(-0.0595798508103913) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 23ad1e2ebdb67e9f88c0a0235e02ebe938ee6897911b4a721d908f449c0ae393
