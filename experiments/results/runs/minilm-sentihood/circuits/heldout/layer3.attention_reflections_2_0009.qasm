// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3969195821410152) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06095815684166074068f88ea68309861f622d5bdca0381f4d3217bd7bb030a9
