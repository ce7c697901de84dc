// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.19203437356360054) q[0];
ry(0.4751119143967306) q[0];
rz(-0.1712029596793565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 318066f386e8c158d3cb39d4a40554d097fa94b14c725ea57f77925e31d96c88
