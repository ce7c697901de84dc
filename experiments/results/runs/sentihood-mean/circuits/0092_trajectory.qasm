// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.712285318701381) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e110b4351639ec71f1571ab34105ff96666ba56e30229559cc608754b2a047f
