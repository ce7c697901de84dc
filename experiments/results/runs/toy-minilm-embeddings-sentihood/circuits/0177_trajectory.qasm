// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4091969214344418) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a294610a85457e24cc6cdb09d52a040e1e61785264dc3b2670e3198a1e860c4b
