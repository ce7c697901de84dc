// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.43946370763693654) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8c875aa078c3b3a7672a2ebe0b73f9cd4df8f771d03b19b6ed1726a0c2dffbc2
