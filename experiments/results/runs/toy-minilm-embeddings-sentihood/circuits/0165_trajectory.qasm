// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6980768827908458) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3e89699701767dd6e3f0e7cb95891abd1d98f1427be85165d0447a82557187d
