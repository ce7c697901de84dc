// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4576807959081206) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c20329794ba9162a4cb227da2d768a510f277b797008a77fd3fa6efc635b7bed
