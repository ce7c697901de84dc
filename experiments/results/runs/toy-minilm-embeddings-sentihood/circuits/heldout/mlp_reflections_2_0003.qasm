// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.137454852521044) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 212533a16950377f0959f1345b5e77724f17fe3fd07587b24ee9c59caced3851
