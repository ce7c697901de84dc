// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.9078683004014914) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b570f28385cc23b595a74938fbd6801fb3197daaf449426be6e983e917c62b70
