// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.618441143266763) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c4955c81bae4a6e7a40cf797f5818b93b9895166ce94e2d0d1883d81f241b639
