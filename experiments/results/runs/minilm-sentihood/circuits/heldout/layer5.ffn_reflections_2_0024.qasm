// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9221474956398026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a430b1fa3f3936bbc904ee1f89a71ac74270e287eb78c847d7f75c07cbe78a11
