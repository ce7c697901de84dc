// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1997432775730603) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d786e89bd0a2f721aab2832b535e57d72ca8db63c744857fc7ce93657119dfca
