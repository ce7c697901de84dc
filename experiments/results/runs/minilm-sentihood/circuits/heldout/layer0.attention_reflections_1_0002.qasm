// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.358755319707624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c0a3295777aa32a4f126452a5e552f68bc57fc00fd3a3c459cd2880163be8c90
