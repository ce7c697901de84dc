// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.5323006994234754) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cb1b5d60e9b236169153687e44bc42d9b7fdb16d6e6e6a98ba18ebcfda055fab
