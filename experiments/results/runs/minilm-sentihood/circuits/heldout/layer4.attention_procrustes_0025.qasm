// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.5457819325309917) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e72a7f638b7b713e58384651aa68e7066b14927f3f7254d8f60a72b6b87b55e1
