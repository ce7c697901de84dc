// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.13745491670156) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07b85e72f0762c191bc28c863f18379d223a5a272b59cd651a8a6f64d2d62b6a
