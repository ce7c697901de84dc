// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6556021254677205) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 31bb9b2cc0a75c59216e3b29f42a81e0f5008ae72b3d1b2b329d5f3969be7094
