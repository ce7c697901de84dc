// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2016954340731483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 07259a5cba38cf5314e8676aa17c83f74cea6db429fa1cf14164e0c3a39f2004
