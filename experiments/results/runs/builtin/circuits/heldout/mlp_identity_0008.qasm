// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4735338262458657) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ae30aa3db3fb04fc3871208c96769be02cbb84d24dc9f0b3481c683c10edae4c
