// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3971904528119021) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4989b21512f209943c42e0efb1723c1df6dad0c1ec8ef1dd2b9800fb9d32b8c
