// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3569923677805087) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e38c01b0b822423f253cbc72354bc539bf5eb75e46f88cee0f06c26bcd08b64e
