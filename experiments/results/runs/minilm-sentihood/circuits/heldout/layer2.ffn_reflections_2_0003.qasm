// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6515915259952567) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d8a8949c6e21b5eac0cee65616273419480b00f5725183995e15c5bb7675a9c0
