// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.1374549528936626) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bb30e993aa6a65cb44a9d48f53ea2b17c5e52c5afaabe54bb254c98650fa8712
