// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.2404202424820194) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0a174ffa4867d0da521e23eaecfe1b3c048f1f0e6edcbe77eadd1d95c5a400fe
