// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.603048198817087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 accc4a700ab3e3a5e82ebecb2a728df84cecc9e79145fb18036e9217ba953b50
