// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7343647117144438) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8d58226a4670f2ce88a889d8b40e2b8b4232b07eb1bd80bc97779f0dac59d842
