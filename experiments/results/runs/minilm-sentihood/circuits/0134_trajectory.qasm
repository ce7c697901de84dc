// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8956527546447086) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8abe4f006865ec3766ba08789162b97b80a6a772fab550b8e7b227187a45408b
