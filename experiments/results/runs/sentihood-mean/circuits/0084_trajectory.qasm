// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.435767768339301) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 840aa4768854c61a060665f87e08403b1129b30d2521879efe12464457854f86
