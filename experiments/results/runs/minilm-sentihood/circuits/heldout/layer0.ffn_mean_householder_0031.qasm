// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2398515565684156) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 975f69db16c6716de5f79345ed093ae529e26279df0c4938bc7e63621e58d50b
