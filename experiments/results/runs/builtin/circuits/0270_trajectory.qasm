// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.579472210441364) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a3f352c206e7cb441e36951ce4a99c06ed2ea2187135790aaa69f6e66b2dc72
