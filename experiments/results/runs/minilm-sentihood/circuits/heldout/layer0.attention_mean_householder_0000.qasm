// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5899432313017008) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 83957ba01ec5df6caab3bbfa717f3e950241f71e378e1d3ab6af6afb9199bcf9
