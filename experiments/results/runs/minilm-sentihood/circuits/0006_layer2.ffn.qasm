// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.5349436654113349) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 96f8b5d96b3ad0b0dd8293920d7bc64c74b6d7b24299fbfb7731b3e4cd8ac549
