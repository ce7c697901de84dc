// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9504523981548402) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 77096f987bee2004fc45cf86e8dcb1b0f2878c5a0984312987c105ba0964d7f8
