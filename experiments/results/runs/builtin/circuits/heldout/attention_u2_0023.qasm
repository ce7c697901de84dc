// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.2826912785688656) q[0];
ry(1.7146120089229342) q[0];
rz(0.45045666450892785) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cdf2edfa06850fe2615ba1496d1a4c0e5a9acc7413007e127824682b8039e3df
