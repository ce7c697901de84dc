// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4655569953504286) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 959840826cfb48279f5144c7d9034cba7f52cd9432d93aa9ae8c4d67b13363aa
