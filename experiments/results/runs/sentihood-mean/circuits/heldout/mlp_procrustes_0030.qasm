// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2232227628959422) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc090ed2f3ce771160d4f173f8170cd48598af7405740295a50f87b8791cc552
