// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8982624200329284) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 281d30175d66ef213c8a4111b8a4f23afe6571357450a466a47cbea1edf0fce1
