// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4429991803140765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f380a67e7da818559db6e2bc14e2c580ff4e7cf61c569c2f05b3523ea3364541
