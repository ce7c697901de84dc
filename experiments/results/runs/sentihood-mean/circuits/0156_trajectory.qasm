// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.806034100696698) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bcaeded7b00b25446e5c7331a69ce77e2c422399b014f05c16c19f4b803fd965
