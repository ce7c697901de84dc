// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8251416205876074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ed2407c6be4aa371c0b35a5053bec2400a4d9a1575a4ad49770c7d8cdf4dbccd
