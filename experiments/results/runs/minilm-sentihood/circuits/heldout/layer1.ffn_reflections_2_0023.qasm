// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2835995756964156) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 247a4567f3b588315f15ad6b3a90cbd8a2802d2bae1d940bace630d0e6416612
