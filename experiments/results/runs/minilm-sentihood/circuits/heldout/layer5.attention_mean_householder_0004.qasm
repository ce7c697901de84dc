// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5443181030572005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 33849d3b590a241ae8f8f2f2bc5cdea2655a8aca944ef83f00b0acf601cf1783
