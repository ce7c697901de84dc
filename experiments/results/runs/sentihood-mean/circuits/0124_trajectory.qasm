// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1868943578830273) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 88f96ba2c82223925a6d8beda85594bd7a81c5d6c0a5936ec78d6bc0b4eb1122
