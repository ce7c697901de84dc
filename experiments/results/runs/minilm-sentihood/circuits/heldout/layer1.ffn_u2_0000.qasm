// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.32640608069952126) q[0];
ry(1.538711761271476) q[0];
rz(-0.010858791440162552) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 30497d4bbd00a04e41cd6145d36384ad343fbe6d67bad4ab581f9dfe5dc842d9
