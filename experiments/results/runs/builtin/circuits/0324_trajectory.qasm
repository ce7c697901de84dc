// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.22312728134852466) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 99aec3d737dc8d7b48d7bf13d537deb22be974c4785ba5722f73870f54228ae8
