// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4281926079413796) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58c37d53f50aada2363f4c5b1223d828002207212833567387afdc5eb54ac3b4
