// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.297908365461982) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21683f7684fb1555439ead6221ef94d946b9c3e3a61fa9a8b40847cada1446e0
