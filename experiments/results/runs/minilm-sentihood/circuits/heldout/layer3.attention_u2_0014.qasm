// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.22235342979650863) q[0];
ry(1.9888485254237602) q[0];
rz(0.09153254351734397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c8302f951cef70c681b4d9967f489a3a1158e2e116975b5d73c14d07dd3413e0
