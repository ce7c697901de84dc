// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0335532440478294) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 646694615234d5593b7d69736ccfc879c4c29ad9773148d3e7a4a701c8664d77
