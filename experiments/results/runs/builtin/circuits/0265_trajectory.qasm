// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.978199469408088) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0224731e570d9ebe6e8fc93e8b9dd6518ae9cf8c5aecb282b1cbcae5f80a3d4f
