// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.374607810455739) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7efee2311d4e401aa8f6a36acc015b83c2fd344a899d20a62d8039d7c00ea15b
