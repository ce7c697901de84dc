// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4753338645284875) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 65d6902bbef2b549eb0a6432b407150555266f74909e4fd9053c656aac33db4b
