// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6664874687657107) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0ed28701eef8f678c8663b36ac42ba74f13a33d8ecd0247b1ad4877576e2fa1a
