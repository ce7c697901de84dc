// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3059454453911088) q[0];
ry(1.8338108751771798) q[0];
rz(0.08193809708161215) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 caa563bc79983b77eed4342f4fa382edca9a1649f07c63f74dbd0486ff8bfa49
