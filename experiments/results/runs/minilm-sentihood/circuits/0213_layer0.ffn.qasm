// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.330229447992646) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e5a2a3a03f8ca2c19f8489470e44eb9739bed0d38c65d1fd8ba81bc9e9a4d50
