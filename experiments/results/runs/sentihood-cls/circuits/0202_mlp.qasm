// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.499556594348766) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f19092e3ab4e3b219d0d3d4ec87d4bef916ab2be1db108f8ecdb7015c99eb5b9
