// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.504927575302287) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec4405fbb4cc21eaea5850e3f8696e74c1bacea83587aaa447c55a47515226f2
