// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.4380795410477094) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02943b0a129cde26e152642f8744bebf7218a7ac0119c93e2be2fd3e089074b1
