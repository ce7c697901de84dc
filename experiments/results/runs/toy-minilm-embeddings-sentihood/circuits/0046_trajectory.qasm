// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0303890137908263) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b83cdb8d78fbdc866dd1e50efac236ea656ffbf56e57e69e0433c08bce3ac212
