// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8523260082639055) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1772df62dad7a1355469acd430bd2f15fa5196bd3edab2b0f6163de7ffaab389
