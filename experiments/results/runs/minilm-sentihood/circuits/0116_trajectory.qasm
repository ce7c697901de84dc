// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7850087621604391) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c350c1789fbcde09a329db1b54403c7f51f92fde2b2c62b6a075bb0d83159413
