// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.020885748342076) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1094acb12e449c6d972c8c4a40ea3dfa2438ea0312994c1879adfc04b0660739
