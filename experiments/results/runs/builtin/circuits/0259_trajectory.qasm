// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3358266415828688) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f88bb050fde6261759ac9ab06dd6bfbbcda50e580b0621640034a01c9a67b3bf
