// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5429715788288931) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0653bc71ee377b655c37ea27fc77a73f21c6859dc8f096e7483d941faaba68ad
