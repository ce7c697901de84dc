// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6292572903280633) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 826d89f10bcff1841c95e3b70b7c81ce207fe01d6a211c5a363eb72956908b27
