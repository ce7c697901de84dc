// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3172679516847483) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 60862f789c5e7669841160f3ea70efc167ef022ee22f4c0e6505929fd43dd25b
