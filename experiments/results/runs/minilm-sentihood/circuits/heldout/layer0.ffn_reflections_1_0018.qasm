// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.9859725939287074) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f725e502014ce81cae97e1ef67f69bc575059e3103adfd858963fe184c51b4ec
