// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9806199785319485) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 84ce9f39daa6916e7a7a393c853346b366eae4330db767dcf9f1ca5b1a16a8d6
