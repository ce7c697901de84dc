// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.3855127542936625) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 36a8afc9fc93c25a02ab2aecc35fb7fe483372a49d0a8ce05aff6fcec0b5d360
