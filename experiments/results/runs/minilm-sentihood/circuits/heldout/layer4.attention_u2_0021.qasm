// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.40670333052044016) q[0];
ry(0.5288962555824724) q[0];
rz(-0.35602031522690325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 05a0883ef286ecbfad895bca59459c4b6edc844a7f3fe3c74cb4128574c72974
