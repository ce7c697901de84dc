// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.3001650038372669) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 664a24aaaa60aa10dcaae220bd4760936401451eb089635bc06c2d8464bd3e11
