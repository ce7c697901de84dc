// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7583085502989237) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 39f4a675275ac068b46ce40d7a2f4ffb7b8d16daef53d23d1c51e5f084a816db
