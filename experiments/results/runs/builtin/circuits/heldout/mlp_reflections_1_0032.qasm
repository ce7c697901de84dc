// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6206231391265694) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 868650ab0aa1309d412a19da6d49a1307850e62983af12f5b7c2a00aceffe343
