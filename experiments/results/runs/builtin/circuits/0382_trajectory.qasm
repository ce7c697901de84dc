// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0234201629443613) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 06afb0b257db77a0adb808caa94775feb838f2d8bd55b8e8cdfd3526f4a51f44
