// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.39296451521207) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f02028fa3278ef82f9df535d929954b55ac11c5635a8be1866a42aaa0674c296
