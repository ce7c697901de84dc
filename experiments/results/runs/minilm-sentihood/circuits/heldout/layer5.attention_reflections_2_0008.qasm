// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.120038616148801) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dc39d52f6f1e38e1b68044de133e50da7a08d2e649236445ad769f54be96d55d
