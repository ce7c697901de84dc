// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2766191834414564) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f2adad44118fb17a762293ceff84bea04243f5b3d6866816f48ab67fbc3ea855
