// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.909498806020715) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 334475bc47b95512d1eb353821ff12f4ef9037f2545c77887b439d4cb258b278
