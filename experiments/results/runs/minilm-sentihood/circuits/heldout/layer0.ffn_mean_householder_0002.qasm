// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7646686015852162) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0273b6b82ddf626aa9130b065ad9882ada861a84f9eab204180e81fa8b2a3473
