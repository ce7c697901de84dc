// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8271144047797905) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 14508dbaef6b0729377cb31455e0a4f796f238dbd9b28c425a66c6700dd86517
