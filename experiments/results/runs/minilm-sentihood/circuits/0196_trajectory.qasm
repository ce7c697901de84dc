// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2863025697358152) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 61b10ecb82b36121ce9e4ff0d25aff606e9e4015e5ac3b56f502984e3edb45f4
