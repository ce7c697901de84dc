// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.48075287631402386) q[0];
ry(0.765642799360153) q[0];
rz(-0.3596626919884538) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 705191a29da34d0bb593d1f2c4598da2210e4f8d63706529a9b370b6b5312019
