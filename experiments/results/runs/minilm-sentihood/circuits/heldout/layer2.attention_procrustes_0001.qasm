// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.626038797446881) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e5abaa3bca2e516383a92e3041c06365172471950d03e0e6fd9ac6c39ee333f2
