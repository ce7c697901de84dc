// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3137399131894132) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aeb7077a26b8f03da7c802a3e2fcd75deafcefd4121af136278afd2b46d42dbe
