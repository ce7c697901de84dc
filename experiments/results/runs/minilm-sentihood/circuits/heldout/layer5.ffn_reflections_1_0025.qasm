// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.49224021887590297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0cca63a2d70a0090f1da17643fabc52287126d28fce600711f4191b036789649
