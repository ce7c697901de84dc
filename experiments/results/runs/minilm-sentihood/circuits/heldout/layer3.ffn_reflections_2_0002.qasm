// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1605033910061255) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a924341185cd66c687ed211ff0cf24809f325193293dedeced2471d069dbb3e6
