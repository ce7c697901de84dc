// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7299330222147438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b893688ac782581dd342f883d18dd62ce0701b5f6a5d37b5e9b9b99bf6b7a9d
