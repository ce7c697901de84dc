// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.47218328288203804) q[0];
ry(2.448566441562901) q[0];
rz(0.3743722740784867) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d1b9ae801fc08ffdf606c053cec33846a2a3cc422261d37d2ab1aa692fed966a
