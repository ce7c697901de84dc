// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.10588787529824106) q[0];
ry(2.072994691959546) q[0];
rz(0.05111629832347209) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ba218a831053dcd6d54e9383501274b53c27761a7546a70d7b7e23efd76bf3f4
