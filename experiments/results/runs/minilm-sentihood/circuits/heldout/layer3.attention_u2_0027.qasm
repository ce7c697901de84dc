// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2264040135504941) q[0];
ry(1.114757693257076) q[0];
rz(-0.10110062289430033) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c93a18a7aede766fcdd089f88c11748655f1925651637b07d2c3aa0c5a8e0692
