// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.4439074924505535) q[0];
ry(0.6835086001960938) q[0];
rz(-0.3532652596497927) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 249f67c48900d69711476eee9b88776ea13022405a8bda2f1b6382e739a81984
