// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0508573756008293) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bbb1766fcfe7976bfb1682b3c604af6e4674da1f230556c51f258fe906f3a64c
