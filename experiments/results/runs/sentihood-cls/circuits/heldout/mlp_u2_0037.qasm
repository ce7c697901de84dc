// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.25019433903789556) q[0];
ry(2.6487862025997924) q[0];
rz(0.22144846739873358) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e160c6cefc48a7f7ee37c40bc32d79fa605c1a6a78e165f04882c2255a6ee5ff
