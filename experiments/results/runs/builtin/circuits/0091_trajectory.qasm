// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0924302793335638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b5f432647b2301ae60393ebd71591d7a5666adb41d6c8d934862f27424bbe02
