// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0073300168337522) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a84610cd73e3819a880359e2494bacc3553ea29bec258c0e1918ff9fbc8f167
