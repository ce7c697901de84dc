// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0609764871692444) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2fb4dd09cf15ec5a58c166854627250c7fcd6d37ed518bf9b997a64c38d8b0c2
