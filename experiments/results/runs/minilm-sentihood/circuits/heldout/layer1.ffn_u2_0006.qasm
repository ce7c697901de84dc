// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3421947994750907) q[0];
ry(1.2698666614126253) q[0];
rz(-0.105193314247356) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6ee953adb00727e5f996a02c6358bca7e9b05d9f805f65fca7ff60ca332dc49
