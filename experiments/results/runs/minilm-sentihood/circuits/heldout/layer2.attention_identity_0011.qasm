// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.200539496925638) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d0b560a0850ef901b26665840b678f7f3ef4ac9c59e920bfc450e82b12af9a5
