// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1605284339549926) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc8c5b72e1c17d741427129b8d2210ad75728527391b44164c10f41dc6d11620
