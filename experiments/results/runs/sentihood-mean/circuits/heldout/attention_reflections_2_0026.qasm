// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.514747694287653) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3cdc8a84ed7c7031f53546cdea0a141530d69caf1ab1ffcd90b199a6f379a6a0
