// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.482311588701756) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cb22f896e6e23b1a43194adc998f6702822f506dbf0a7fade127491a8321383
