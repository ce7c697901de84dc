// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.470234102498749) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 554a94d4a3647e75d0200b5ea6fc7bbc606b7676b0fc50cb0108d85a9e6d6532
