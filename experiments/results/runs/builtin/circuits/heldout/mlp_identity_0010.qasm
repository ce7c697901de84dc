// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.1855330337502816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4db64bde8e3658f8847efd9075f9cae565c8c60e499af958c82e78e0b26334e2
