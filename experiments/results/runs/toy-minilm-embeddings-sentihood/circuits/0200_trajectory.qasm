// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7528029276206925) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7c3ea17c554d94c46b0e9aaac46bab6a0221ebfac7edd63533ffa8c7b5fc81cc
