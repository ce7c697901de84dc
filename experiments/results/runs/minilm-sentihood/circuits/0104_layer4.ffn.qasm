// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.126273187092209) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 66b78327b4f1ff76a2162be0ad2ae0ad10240d16bedcb3aa9bfd31fc66a5ca82
