// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1722625360304721) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e20108d45149cf66e392f1354eb5acf010827351981e8a6921655b8ba3e7048
