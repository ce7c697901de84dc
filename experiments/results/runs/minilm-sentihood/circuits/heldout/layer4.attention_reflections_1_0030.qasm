// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9806200037851234) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c634417cf6494b10f353040045319927c9c3f23104349158152560f6a89a9cbd
