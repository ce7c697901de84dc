// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3906447434555007) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0f1e1ffd7288acbaad0e167812ee47e3f45a6709b92f1cae16d126f1af652203
