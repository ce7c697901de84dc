// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3971188169608006) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1664d9d8c1bc473f69464732bf893bec543ff307df413034e17f0747db58eecf
