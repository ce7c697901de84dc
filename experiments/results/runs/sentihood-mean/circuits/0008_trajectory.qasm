// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5730944414560026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3187f059c5e06c6d229c7ca214de02b3498d85bb76bbbea79124040642eab450
