// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9899704369471106) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f154dc7fd82cee96eed24a918e54616c670b23304964fb2e57c654dbe4ef571f
