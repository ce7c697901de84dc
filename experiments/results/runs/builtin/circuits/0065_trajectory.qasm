// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8153526863113152) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8d668415ad68d0fe5b4b75c858320d65bae4126ce61f610cc692fd950e03995
