// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3193628711525937) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b07828298c9e00f723164b0ed27c2fa5d329c43f1a9972fa45f523bb4e3a1de
