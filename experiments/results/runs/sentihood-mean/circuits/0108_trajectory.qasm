// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6612693890971175) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 11ecf6bdd51aa3f6f016930321ee30c977a2db9a1cc7bbc4847963d0cb51aee9
