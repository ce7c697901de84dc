// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.405090809649394) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97b3ad26e03f5dc04670eb8ac1a8ca84021caa6719e58cc2200ccbafb381b191
