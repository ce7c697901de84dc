// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0342334176033325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4b808aa5e19985a17b86a7b0c7c5c5d73f95ac61b23796994dae98cba8591b24
