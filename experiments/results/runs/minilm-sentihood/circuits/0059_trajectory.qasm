// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6760558580429571) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4d76e75715b2277e3d701cd352c06c80f06220072a69eb5e66d28d36af5683eb
