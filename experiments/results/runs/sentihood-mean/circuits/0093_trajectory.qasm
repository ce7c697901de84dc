// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3594401169223187) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cac7fc6ff759cce8c4800d929107ff906f06d2062dc061bc02f231e6cf605365
