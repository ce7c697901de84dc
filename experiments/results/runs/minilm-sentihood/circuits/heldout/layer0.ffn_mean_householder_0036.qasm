// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.175925956147556) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1967a7e8a4b7dab52366bdd7d898c771d9648943ab7bed40bee3232040015857
