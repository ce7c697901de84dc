// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.715177926100684) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 04e1ab467db0bd2ad074ad8a5898048b0182843db5b7dea932f7dd1a8d9d276f
