// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.19983098111365694) q[0];
ry(0.21647642610659568) q[0];
rz(-0.19528601993493488) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 19346c6019c1c89dd2bca7f7af20c68ec839c814fbcb00da5288e71f520f5704
