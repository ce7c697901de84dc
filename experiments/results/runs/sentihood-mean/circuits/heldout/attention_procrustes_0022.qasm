// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4920145861911347) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f9b2b1ed4e47ad66ae069299987bcfdd0af2d31d76a715aef14e0c360a98da67
