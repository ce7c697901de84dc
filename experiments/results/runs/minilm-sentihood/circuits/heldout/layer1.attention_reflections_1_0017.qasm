// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.908142290550471) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1d7b5da9114ca5022b01fef4cf0887685e6e952f348aebd9b957fd7ff1ed834
