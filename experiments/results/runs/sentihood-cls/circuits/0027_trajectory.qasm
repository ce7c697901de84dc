// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.21160778714312564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c420d544858e2a96e1205c9b125ea2aecb2aa4093992cd74476e6a486b284924
