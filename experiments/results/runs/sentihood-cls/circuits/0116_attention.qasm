// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.2672786437425747) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d6ca0b6edaec7135f14a7f51fd80d4d656aba3f2e21b99d128ef14fd2bb11ad2
