// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8682403075222158) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af72f9b0271d476a77be412a30815d09a2546548270057e3697aa9258f977d13
