// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1664271907942347) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a7dc9441f4936dc8b981b07c1aa1dff5b7711ea116bf213540f644a152fd366
