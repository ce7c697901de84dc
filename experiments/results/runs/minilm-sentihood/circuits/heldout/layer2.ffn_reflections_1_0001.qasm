// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.503906966916036) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2b6df96e96d83683a1158e0ca6fde041d56fcf6573c0472279982842acf9644f
