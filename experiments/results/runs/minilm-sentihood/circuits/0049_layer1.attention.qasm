// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.9893975903399679) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6dc31495694ae4836c7fb5c956c13c1dddfd89ab7aee65c2bc8bdb6d1a3b277d
