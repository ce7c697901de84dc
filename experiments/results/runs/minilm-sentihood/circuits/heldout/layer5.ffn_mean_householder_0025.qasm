// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.6668451841775243) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 02845c787b56f3c111921413380061f514dccf8a0c511b160ccda77759e22518
