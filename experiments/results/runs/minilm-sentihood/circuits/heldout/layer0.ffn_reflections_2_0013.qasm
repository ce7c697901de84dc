// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3926984377336862) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d0036452aa23d007e781e313f73c7874c63f6c3d4b51f04676c4c2d53697c683
