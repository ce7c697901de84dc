// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17032064189212684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e97703342da4a349c0c3e0b42514377666f9ebd4ac3920d96abcfd6f56f2ce4
