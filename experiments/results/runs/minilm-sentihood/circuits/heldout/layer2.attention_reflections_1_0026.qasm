// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3284659809148869) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 164e5c39d1003ec9e9056648eaeba617eea20eb4b25560e356dd0ace33d61c6a
