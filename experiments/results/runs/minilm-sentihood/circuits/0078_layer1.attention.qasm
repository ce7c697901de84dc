// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.7221570762699279) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ff95eaa6c4f5cb57c6b037540b5ba1a0e5ea17a8c0f7897e9f81628be2dbd6d
