// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.172119958566626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 18774433ccc5ab4df3434b349c77d6ff48c4c96d6cffcec49c77f8c5c0102312
