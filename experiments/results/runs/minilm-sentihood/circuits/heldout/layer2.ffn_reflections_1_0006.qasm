// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5170358723472765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 638685070adbd11e6b0b80a7e7ed03985c58d8180f80c5f659ccc065a5541239
