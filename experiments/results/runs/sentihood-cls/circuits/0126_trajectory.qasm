// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.46159982491639) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ffe15445ed68d378f6c1c496a035f196ca94075ba4ee34f9c385a3ad639acbb
