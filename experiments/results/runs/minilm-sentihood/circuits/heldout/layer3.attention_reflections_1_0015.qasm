// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8499679545225096) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8864a8a27e447529c091c47221561f82e275ee1d5ae9e2bb083b6ba0d2dfefb2
