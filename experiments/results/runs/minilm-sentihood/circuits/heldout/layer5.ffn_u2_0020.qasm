// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4090253525884582) q[0];
ry(2.526979652315888) q[0];
rz(0.34036352318679786) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec08a719a03dcf1b547e3a556f6839942b92a78d9e81112968258774a0b4d004
