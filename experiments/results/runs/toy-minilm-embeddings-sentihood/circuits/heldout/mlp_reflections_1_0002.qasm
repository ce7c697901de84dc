// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8312711602584333) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c205dc88f24ccac3d4241c68ff660ca00a84b6383cbc1ab79de726c7e51d2fc2
