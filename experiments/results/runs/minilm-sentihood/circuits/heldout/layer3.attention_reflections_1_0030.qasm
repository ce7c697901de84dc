// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.909499090616538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7be920903c3317bfc008a5f201c15c1f4babd9112dc60831b627f84771e668f8
