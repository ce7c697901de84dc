// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1629069794683242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5cde9f1de731f9a26ebf672a9fd60b38d0e841d2eda73887be45210da4bbedf8
