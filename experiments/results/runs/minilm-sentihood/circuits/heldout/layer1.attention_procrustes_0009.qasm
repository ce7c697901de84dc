// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0643959679876343) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6627edc97de41cfb147d696ae17b9236f3e7b3a46d23db28a5b0759d5481600b
