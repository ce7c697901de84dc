// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4211027152797313) q[0];
ry(2.240498688474518) q[0];
rz(0.27118333516380577) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 59d80451859b7759283bb9f53fb26c6bd4afdda827044b11a7577f193c71b7f7
