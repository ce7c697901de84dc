// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.101468523443122) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6ee5e56594b9067961f502480e2132e71dacdf3a0e14d6c4c9801efcd1bef29
