// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9981923647497741) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f331c527bf1c27a8fdecf4cb787eb73e18f0f4284087c80e917af0fed9994dc2
