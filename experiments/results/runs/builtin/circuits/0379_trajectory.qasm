// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8192400046591397) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3975264b6794d2fa6f8d6f46806726f8d007e7004559d5cac919cea35626bf8d
