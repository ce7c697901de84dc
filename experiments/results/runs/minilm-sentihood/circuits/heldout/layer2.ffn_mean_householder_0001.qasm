// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7274606540850876) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4504b3c0b8f25c1cb5140e9aa78a666e355554bc6aa7d10f5a44861e0b5107ce
