// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.23445766061535375) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 742067e867eb0c5b2b48652811450820a16cafbb3cdea4d2a93c9aed2c2e03f3
