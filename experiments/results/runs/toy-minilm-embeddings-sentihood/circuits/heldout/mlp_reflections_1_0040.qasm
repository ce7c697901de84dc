// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.30769544992057285) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 17020b4a47f486d713b419a9283172aa6c294fe0a2fe6a97b74b5f79c10cf7b9
