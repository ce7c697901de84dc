// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9912307105369521) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 22dac9694611b1af3de5e66b0f82130e9c8de13f264be17e156191babedeb181
