// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5405441933252195) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 21d3bebc925f85853a795eca291f7af32ddcf4b3009a6e7bb6a94943922e2dc3
