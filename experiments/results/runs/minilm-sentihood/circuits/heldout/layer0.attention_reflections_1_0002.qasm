// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3587554802001693) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a3c2e93c3a82b88099c4fb39edc5437b5cfae150b821242e0a022f80e61d65c5
