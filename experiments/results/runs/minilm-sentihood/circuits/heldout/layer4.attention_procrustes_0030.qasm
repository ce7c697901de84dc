// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9806295768485849) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c01b5c96c3f35eb331beba750e7e740db892df18b266212f1dffa050181c3dcc
