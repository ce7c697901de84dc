// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4672256434097128) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ac90ab87ebc39a4bfccd1df8183bcf4ede340e58962b90661c5892fcd88b85b3
