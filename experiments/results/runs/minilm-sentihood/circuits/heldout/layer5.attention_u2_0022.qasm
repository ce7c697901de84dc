// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.12706687086552293) q[0];
ry(0.8198331608126478) q[0];
rz(-0.08695307208011682) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dbba113ad6ea234dc83277db0a5222ec87768da5f1f864c9eb9e46025f41bca5
