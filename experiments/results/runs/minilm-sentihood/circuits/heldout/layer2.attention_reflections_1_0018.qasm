// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.055323399309332) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9f8810a8ab888842d996502401e6cc5f474fa68b33b9c7a484797fdfd4e79a1e
