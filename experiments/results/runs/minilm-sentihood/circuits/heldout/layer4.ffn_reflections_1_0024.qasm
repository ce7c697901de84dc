// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0043427783607877) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c6fe84f04768db6747f0bca8e6b2122165b27a7122ddd1046d94a227d0286bb7
