// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.8420865212677673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 faebff9e6a2558ef10d9d876fc7bb71657d3c582ff58571cc16cde59abcbd4f4
