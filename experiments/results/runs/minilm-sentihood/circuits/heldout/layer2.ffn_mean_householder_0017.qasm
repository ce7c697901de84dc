// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.30016500383726963) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a6fc069c50644b3338019021be9f1ab050e7634fc7bb0e3ee33e09e7a5f35470
