// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4787510919251292) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 960e1a0614ae2ea49c0eb905d28f6209a725139467671ab0fc1b94f8799d0852
