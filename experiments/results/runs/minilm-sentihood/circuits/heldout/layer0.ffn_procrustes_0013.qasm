// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3923041382638441) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d038da460bafed55cf8bc1339702224a962e5770da9df9905781362a577fac7d
