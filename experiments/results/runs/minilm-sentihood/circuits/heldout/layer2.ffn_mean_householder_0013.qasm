// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5424995331819632) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a37129eebf61e2e77e1ff60a5de3966b86c362fcff17b8f7785a5481a1eb1c56
