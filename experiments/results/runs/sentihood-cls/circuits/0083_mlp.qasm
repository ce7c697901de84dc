// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.0166111498608188) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d53d886b1b9f775bbf05c3fdc59a4e8a8d7dfb4b6ed0263dcd54b4a9245ed7e7
