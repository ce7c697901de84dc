// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9334482744770907) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e7e9f53e90c047a1c8ae7505ddbf14e1d3ec2f9a6f985c9edbb38910116dfd3
