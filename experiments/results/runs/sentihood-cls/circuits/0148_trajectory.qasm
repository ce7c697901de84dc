// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8875448581287831) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 852b8f41b4b46709d0d739096cedc2ea143fad1a25d0367385b4646be159e8f3
