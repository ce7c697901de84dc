// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2526446754800378) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07e01d3c5701dfde5f2e93edf6b77bfe20ee50d216c468b4726c82730583f2d4
