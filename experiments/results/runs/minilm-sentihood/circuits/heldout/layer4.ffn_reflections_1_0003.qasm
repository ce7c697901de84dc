// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4821703776291468) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 47e54a1f8c0879558c830ca20d37ca562728b094bdb7b452bd6b280c083147ec
