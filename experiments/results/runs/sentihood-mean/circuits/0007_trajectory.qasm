// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.35349155943003024) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 27de1ac8ded669dfdb9384d88b116a4f9157de882469b0b007f609a5b3810e73
