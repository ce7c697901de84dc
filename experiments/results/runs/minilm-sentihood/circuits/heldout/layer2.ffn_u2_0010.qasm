// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3543759241820341) q[0];
ry(0.992484993571322) q[0];
rz(-0.19955179705993986) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b07290ae4d03506464e65061b465bd5f1490955b66390c4fd2ecc4f51aafc5c3
