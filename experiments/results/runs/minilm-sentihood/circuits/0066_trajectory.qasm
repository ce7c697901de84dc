// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9405164176380446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d12c46b9cb77ddce19c09596db615eb9fcf8b2ed39d5bbb004978a9404ff7222
