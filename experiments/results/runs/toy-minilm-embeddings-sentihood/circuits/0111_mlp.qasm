// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.6026418632989172) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05d4743c9cbb2c5cbdc8908f9ee45fcc9674ec74f9c55e4f79c3f7476522d087
