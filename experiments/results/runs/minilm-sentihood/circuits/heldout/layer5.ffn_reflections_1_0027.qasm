// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7878679705417658) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7afe5de2a11ca6d1e1f09eca82d5f1d8c18a0cd4a91e50091516fdd91300622e
