// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.625994843784838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33475fde44eaa75c2abaecc4684a98e8f1e70288a2ec1288180312d700d74e90
