// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8179480414308509) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10d86e109790c1f6d269a5f39b51b03693bb5b59c80e92633b6135929a81de4c
