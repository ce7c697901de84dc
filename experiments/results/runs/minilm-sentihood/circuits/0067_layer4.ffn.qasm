// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.791619509060347) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3bf3c6c3c9f61d8644c605ed6e90ee2ce8ff3083e4e4433d2759f3bfbc6701b0
