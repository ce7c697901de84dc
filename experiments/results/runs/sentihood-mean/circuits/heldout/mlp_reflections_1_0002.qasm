// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.7681375018488352) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1775beceeff88a52f7a08a4a37ccdac731dd92d486b5e0ffd1e26f8d8c0309ff
