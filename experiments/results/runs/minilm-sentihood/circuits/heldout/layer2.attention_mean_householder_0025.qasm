// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4455612093786736) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a0b59551e2fc4d00bd6a30a6df1ace7d42f89f7b944c26c8f6696e0f5f777534
