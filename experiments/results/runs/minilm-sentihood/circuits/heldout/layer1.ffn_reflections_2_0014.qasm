// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0561689011643667) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a2b060303cb23a97ac3c0b4a5e4e8215e90c0d97553405cd41530a6c03365c50
