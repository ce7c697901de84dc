// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.61271655168197) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4f1eedcd98122deac5d394c2113752829bc809213e8a1e1b0584e2b12c4b9c70
