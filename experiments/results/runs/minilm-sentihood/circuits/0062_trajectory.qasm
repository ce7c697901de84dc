// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3958820220841393) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a511b6dffe50b9953b90924fe8eaada5da540be73f1af56abbd190d73d92b47f
