// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6299959048679145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58b70402ac4dd7361586f8682ab72bab5883d1d15485b17d46cb8de04db6991b
