// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.3294199617932412) q[0];
rz(-pi) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 508d18e1a8f6d0d04a0c3a95e2c76c05596e81f7b2b9abc94c03df51075e9f4c
