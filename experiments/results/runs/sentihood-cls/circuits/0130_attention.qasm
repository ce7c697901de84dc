// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.3899950816092156) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ca436a4a61b6ba78f3198eb2cc95c1f9fda1bf3d4ffdc4d628ddd2f8fbdd4445
