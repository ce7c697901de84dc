// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3860949622250034) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b588b4ec2664f398bdbfacece089d5d56edf933fb74886a3b504815443123a1
