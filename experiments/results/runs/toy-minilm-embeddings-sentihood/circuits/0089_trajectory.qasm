// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.40304457063214544) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26c6bffcaee8c6311a1847966af64e088e71da063a866e5c0c1b15607f850201
