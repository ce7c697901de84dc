// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.6306696810075658) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e36002cfc8fc5466798b4ae8e2e8261f33298d40b1bb3ceccb7d6f917fb2bccf
