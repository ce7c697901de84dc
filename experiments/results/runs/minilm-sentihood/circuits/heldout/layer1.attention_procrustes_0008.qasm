// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.276679213538385) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 8ee268971e3e0dc7add0842e592e53b31324393497409afbdad0511c0809d873
