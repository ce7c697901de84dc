// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7996582071872542) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f7880c11b63e4292aba2d15f93b259507fb51d295bcbd77e7bffe85960b18ab1
