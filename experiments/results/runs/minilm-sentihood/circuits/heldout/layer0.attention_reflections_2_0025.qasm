// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.226474281117504) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7ea1b2395f0f043194313547e54c850dd62a8d0cd9ce8584ef71f4c30a6d1595
