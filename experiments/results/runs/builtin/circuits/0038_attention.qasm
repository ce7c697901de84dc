// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2142711709478518) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b9b4506e2c382cd8bc9a4a09a251af5d2d8f04f7ab6939e456d1f70cd8f9e0ac
