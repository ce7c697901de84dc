// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.625986526974309) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8897e332cedad185ff3cae6a5228a34e8a359f8fb9ee8f744544611a5831621c
