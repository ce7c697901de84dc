// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3970495051236747) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0eecb9908d4d6bf7ef0fbe8e27ef9bbf82aab30e905120412e2f37426802d5c1
