// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1609306777624546) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d249c60d5ea82c7b917a2fb0c15c5c573132e8eaec29fecfc875dd20475cc47
