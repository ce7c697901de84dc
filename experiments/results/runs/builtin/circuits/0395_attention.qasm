// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.449505970685251) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6cc2ebf65e24d612df0f7469e0abdf95697e3cd54b48a62bfc8c0ce59cdd7c78
