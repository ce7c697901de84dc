// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.549351986826207) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 db6c2feb86e4f969e10a8c6843628895e335f4b34c185f760f76f930555540db
