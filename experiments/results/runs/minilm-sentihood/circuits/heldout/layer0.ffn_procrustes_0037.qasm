// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2263918141834553) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0cce129e22cddfd4c0044355ea9d9b2ff1a6008cd4135c6aaa87d98cac46850c
