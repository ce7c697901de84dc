// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4645254399489747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b1895d918345f80a9318275f866b7d2e9d2c4246b54761d37abc4e24c47902a
