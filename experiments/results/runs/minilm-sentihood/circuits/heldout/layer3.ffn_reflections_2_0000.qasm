// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.361416999129767) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1233df2746406715003c6fc425fe628c7c5d9113c1f5bce6a4d44241fd2a1147
