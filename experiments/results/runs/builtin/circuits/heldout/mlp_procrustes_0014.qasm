// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.60916536238042) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b328792cdf62d56d547435249b84a64ccb95e11f4754b952ba76d1ac727998c9
