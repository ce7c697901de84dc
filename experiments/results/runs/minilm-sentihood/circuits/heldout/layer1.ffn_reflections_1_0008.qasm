// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1715281663086614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c66f3801c08720d421dd5df65532e85822bb254fcd810c65b1ca41162e21131e
