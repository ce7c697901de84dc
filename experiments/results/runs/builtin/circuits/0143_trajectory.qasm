// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8596902855517454) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1b4ac87ca1e497474a58d201c9d4014826aae6e4cb78337eadf0666efccb113c
