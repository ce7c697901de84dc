// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0071651949376816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9ce24f1ddb0b1742d3838c6b6abcb0ee0637a6e06e4c124470b57b6b142d8d89
