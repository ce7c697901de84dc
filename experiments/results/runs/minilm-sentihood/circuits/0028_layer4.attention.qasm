// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.44824551505646654) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0430f63c6ec0cb04cdf9558a4548bdf7f0c22cc34bc08f11d80ad4f513c7c0da
