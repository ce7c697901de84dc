// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9948766934820874) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 101b062e9c44f9aed764b44884eca83465ea1eef8739637ae27ae9c5afc5da67
