// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6485366586882026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aea75a16d33d523068de32eee3f60ef5d3fe7738f0e83c25975498adfc3fa379
