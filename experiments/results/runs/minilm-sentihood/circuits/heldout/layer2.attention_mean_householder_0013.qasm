// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-3.014098765583849) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5ba67d6ced7dd9510b7250f1e25fae0f357ae38db4c0e71bd090dfaba02f1cd1
