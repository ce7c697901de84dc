// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3218069171895416) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0d92772262a5458c5e3c297946411399379811307f44d307b31c845e7b5da0a0
