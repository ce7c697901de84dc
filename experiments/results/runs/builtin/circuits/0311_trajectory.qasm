// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9321929991366655) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 155b07ffb3463d0903b448813a4e8d114be7f55b6ac38320df8ed9e02138ccdf
