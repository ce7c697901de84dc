// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-0.47644818515342974) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47ee0c4bbbf654bc86c7009bbb8d6f2dc3028417b89b8c302ae1f0b36c2f6cd4
