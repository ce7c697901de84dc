// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1023314697608777) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e88144eb42b706319c507285cbc95b1631405b7fa668a7e9eb1fec28d33573d0
