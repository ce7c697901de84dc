// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.39393260792834406) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ec0fe1573a8de3d5d65d41424392ba4aa1f891fff6446a95f2725abc03c62b28
