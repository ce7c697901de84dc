// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.475116781513877) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 969fe27bb8e7e6e9be9498563db336a374e9b1d9141fdd8c2cfb3e292d10c0a6
