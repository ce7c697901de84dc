// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0453600131764145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86231a39b1574affcc901f3ae97d4c13480c853521439c9d947b2b8b0e449c44
