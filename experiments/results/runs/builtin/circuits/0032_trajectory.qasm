// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7013333196282967) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f8229d2720483d709918988fa00a0285bb99e2ef81d7daa3156e6ab4f8c748de
