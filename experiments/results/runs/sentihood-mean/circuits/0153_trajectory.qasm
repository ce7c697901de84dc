// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8179480414308498) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2609c3874ef620c74c028445520b1f3f6a4465d2cf1961d964463feef544be91
