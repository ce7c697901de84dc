// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4380798256435336) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e6994bb232af2ee133ab726357b1e0d37437d132b9c0dce712ddc90a0b81b826
