// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8440396730346387) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebdf7456cb482925db2e5b9406be661e5f7f361b4cd19d0e7fb7dba98724e169
