// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0192868980305794) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0c6b3e61eab52919162f467d507c11df40ab030cfbd78974c098113c9135b609
