// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.23445766061535428) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8468e6fa9b7b5213431154c67bfb62b0197b76a9cc507425cfa153f3f14f05f4
