// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5343100059237424) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59096f101eab67c89606451f8b046b5e6887d1b8fef7ee9fadaf57b96d0f14fe
