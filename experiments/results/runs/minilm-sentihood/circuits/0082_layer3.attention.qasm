// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-2.091171499298996) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1a3138dbe2b2b6c7ec69198bb69d817ad8d0e3f3ef78f8ffceb7c7f83f32f434
