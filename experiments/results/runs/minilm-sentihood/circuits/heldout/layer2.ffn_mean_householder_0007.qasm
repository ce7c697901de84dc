// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.4232970987023428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 78f14c8d3c08027371cd5424a230ada01ca2c1ab98632f897710a1373d961129
