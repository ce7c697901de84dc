// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.5958359252162759) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1f65c434931cf8fc99b17b99ea4032812afa2632771e26aa000e1c267606ea62
