// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.0369678413621335) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 433f93b058575e747f9d1553c210d4ffdb5375527fc8d1711df12dc3f18ff0ee
