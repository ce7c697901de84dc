// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.41541281701250893) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c4fc989b410371399a5a138df992ad3f0ba38491a1afbbb118b5054a11d7a4ce
