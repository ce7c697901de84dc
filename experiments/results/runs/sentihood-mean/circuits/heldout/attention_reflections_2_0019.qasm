// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5020097529843242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7e3d98fa81c1577e43ecec1f71d5d6293a6de80abd8820bcc8a0e0601bfc9370
