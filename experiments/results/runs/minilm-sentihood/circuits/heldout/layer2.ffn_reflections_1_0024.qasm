// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5229990868316072) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20d22bfd0d23dd9754977b3dfe19ae23540a92514afaab77ae2514cd89452e83
