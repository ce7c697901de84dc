// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3946395793313537) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b7b0bcaa812a9e4f218f3a42127ff12b8ba7a6cbecb71ec786a36d06548d5855
