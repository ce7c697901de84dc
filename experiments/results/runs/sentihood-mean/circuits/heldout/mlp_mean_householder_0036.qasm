// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.3639336781551887) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d2833343316de65bdd97f0c412b2db325413849ff98b216b6c6c579a167e3f29
