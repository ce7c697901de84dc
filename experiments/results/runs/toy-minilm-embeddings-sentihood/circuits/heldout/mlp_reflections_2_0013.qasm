// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.386095026405519) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30115a6fac8c848269f3e55ea25b29f5a0044bd6fdc919a94c6b85d0a94c26cb
