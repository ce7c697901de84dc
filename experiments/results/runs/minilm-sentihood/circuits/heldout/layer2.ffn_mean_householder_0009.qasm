// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.0244698823627516) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ef1e28b58c97cf8886866d8700d27eaf8dc641e61d9a67917e82f1480cd0bcd
