// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5206437318844217) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9b393b70dab5a25a612c1d5dd34022ce5c7a1d10ed60dc409e408e12a387819f
