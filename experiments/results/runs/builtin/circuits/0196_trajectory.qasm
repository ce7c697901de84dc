// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.477465359747049) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3ef1b7ecbe4b9270d46b81d4c4275167bb9a5df446a880893833a8e9bb72d50
