// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.48848109440817916) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9db72dcfa329d7eaeea294bf5a9380387ec542228b2999ca4a354594405aaa6a
