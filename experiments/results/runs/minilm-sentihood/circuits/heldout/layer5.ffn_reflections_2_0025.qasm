// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.4922399071158023) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 12ce19fbc09a7f20b11a7f45fff66e9c938743998bd3fda0fba90b7907031a31
