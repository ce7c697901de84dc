// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5715535479360614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e18391b983382ef90d448c1b723f754ae12f59c29a828c6588a2a4123570e646
