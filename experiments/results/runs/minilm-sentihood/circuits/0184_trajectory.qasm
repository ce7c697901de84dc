// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4155474942869704) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 54bc42be1e0a392c8ac17282aba8365555506cf679ef55b07b9aab6c77cc24cc
