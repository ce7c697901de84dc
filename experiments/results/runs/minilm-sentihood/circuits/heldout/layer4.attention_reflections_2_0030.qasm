// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9806199930916966) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f686348e1492d51c90ede086376e20ef611ddb9900ac4736ecb3326eb7609f9c
