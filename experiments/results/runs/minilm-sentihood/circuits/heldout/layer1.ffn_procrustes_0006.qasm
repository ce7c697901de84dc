// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.250655304232446) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ccc6fea14390efaf4b422137a600bfed5d48d0a7984db7a437101c354a6ef24c
