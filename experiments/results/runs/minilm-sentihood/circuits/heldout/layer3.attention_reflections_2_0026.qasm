// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3824400981687288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 44b7583b75947170fd2cab9d2d5cf74109a71c80e1be3c31840019dc361348e8
