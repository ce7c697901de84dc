// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.487077508666988) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d49febd41b93a6bd61183738d5dc90fd920ed00a91e6b858f609e2a29ccaed0c
