// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.5026991595619332) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 25e04cf8f6b4bd525f1d2affe9f99b0c875f5324d6ed38dddc3c9aecaaaf599f
