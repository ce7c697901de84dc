// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6364024082871325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d3e7dc4fea3e47d43fa24728f13e43b294087a9799260b8692295a70ebe38830
