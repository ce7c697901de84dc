// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.9050526856322347) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88e3fa4972bfd8086efce68e1a7cdd6e505a81ef6d7aaf3c7790cc636a5a8c38
